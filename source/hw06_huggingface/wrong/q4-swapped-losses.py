# Believes the default from_logits=False is right for logits and swaps the two Keras losses.
loss_right = float(keras.losses.SparseCategoricalCrossentropy(from_logits=False)(stored_labels, stored_logits))
loss_wrong = float(keras.losses.SparseCategoricalCrossentropy(from_logits=True)(stored_labels, stored_logits))
