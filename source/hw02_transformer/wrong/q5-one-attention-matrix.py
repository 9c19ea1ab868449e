# Counts one d x d matrix for attention instead of four (W_Q, W_K, W_V, W_O), giving 9*d^2 per block.
def block_weights(d_model, d_ff=None):
    d_ff = 4 * d_model if d_ff is None else d_ff
    return d_model * d_model + 2 * d_model * d_ff


gpt3_share = attention_share(96, 12288, 2048)
minilm_share = attention_share(6, 384, 512, 1536)
