# Counts one d x d matrix for attention instead of four (W_Q, W_K, W_V, W_O), giving 9*d^2 per block.
def attention_weights(d_model):
    return d_model * d_model

def ffn_weights(d_model, d_ff):
    return 2 * d_model * d_ff

def transformer_weights(n_layers, d_model, d_ff=None):
    if d_ff is None:
        d_ff = 4 * d_model
    return n_layers * (attention_weights(d_model) + ffn_weights(d_model, d_ff))

gpt3_weights = transformer_weights(96, 12288)
