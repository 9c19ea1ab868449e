# Drops the factor 4: counts n_layer * d_model**2 (one d_model x d_model matrix per layer).
def attention_param_count(n_layer, d_model):
    return n_layer * d_model ** 2


gpt3_attention_params = attention_param_count(96, 12288)
