# Reads from_logits=False as "then pass probabilities" and feeds it the softmax of the logits, so loss_wrong comes out
# equal to loss_right (3.787) instead of the clipped-logits value (8.06).
loss_right = float(keras.losses.SparseCategoricalCrossentropy(from_logits=True)(stored_labels, stored_logits))
loss_wrong = float(keras.losses.SparseCategoricalCrossentropy(from_logits=False)(
    stored_labels, keras.ops.softmax(keras.ops.convert_to_tensor(stored_logits, dtype="float32"), axis=-1)))
