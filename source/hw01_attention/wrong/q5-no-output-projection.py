# Counts only W^Q, W^K, W^V (3 * d_model**2 per layer) and forgets the output projection W^O.
def attention_param_count(n_layer, d_model):
    return 3 * n_layer * d_model ** 2


gpt3_attention_params = attention_param_count(96, 12288)
