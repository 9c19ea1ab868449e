# Multiplies in NumPy's int64 (no overflow: the GPT-3 count is far below 2**63) and converts the result to a Python int:
# the same integers.
def attention_param_count(n_layer, d_model):
    return int(np.int64(4) * np.int64(n_layer) * np.int64(d_model) ** 2)


gpt3_attention_params = attention_param_count(96, 12288)
