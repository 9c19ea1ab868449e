# Multiplies in NumPy int32, which overflows for GPT-3 (the count exceeds 2**31).
def attention_param_count(n_layer, d_model):
    return np.int32(4) * np.int32(n_layer) * np.int32(d_model) ** 2


gpt3_attention_params = attention_param_count(96, 12288)
