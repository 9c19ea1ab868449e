# Lets Keras do the masking: SparseCategoricalCrossentropy with ignore_class=0 averages over the non-padding tokens.
def masked_loss(labels, logits):
    loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True, ignore_class=0)
    return loss(ops.convert_to_tensor(labels), ops.cast(ops.convert_to_tensor(logits), "float32"))
