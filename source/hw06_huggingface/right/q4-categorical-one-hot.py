# The Keras values from CategoricalCrossentropy on one-hot labels (keras.ops.one_hot), the dense twin of the sparse
# loss: from_logits=True gives the same log-softmax, and with from_logits=False the stored logits are again taken for
# probabilities and clipped to [1e-7, 1 - 1e-7], so both values agree with the sparse loss's.
loss_right = float(keras.losses.CategoricalCrossentropy(from_logits=True)(
    keras.ops.one_hot(stored_labels, 2), stored_logits))
loss_wrong = float(keras.losses.CategoricalCrossentropy(from_logits=False)(
    keras.ops.one_hot(stored_labels, 2), stored_logits))
