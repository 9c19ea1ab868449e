# Trains the weighted probe but records recalls written down by hand (the figures one expects), not the ones measured.
imbalance_recall = {"plain": [0.5, 0.95, 0.8], "weighted": [0.8, 0.85, 0.85]}
