# Runs the experiments but records validation accuracies written down by hand (the figures one expects), not the ones
# measured.
part1_val_accuracy = {"head_only": 0.97, "head_then_all": 0.98, "new_head_all": 0.97}
