# Counts per layer as 3 * d_model * d_model (W^Q, W^K, W^V) plus d_model * d_model (W^O), and sets gpt3_attention_params
# to the number itself, written out (4 * 96 * 12288**2): the same Python integers.
def attention_param_count(n_layer, d_model):
    per_layer = 3 * d_model * d_model + d_model * d_model
    return n_layer * per_layer


gpt3_attention_params = 57_982_058_496
