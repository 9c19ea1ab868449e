# Writes the context term as 4d * n_ctx / 2, as in the text: / makes the FLOP count a float, not an exact integer.
def forward_flops_per_token(n_layers, d_model, n_ctx, d_ff=None):
    return n_layers * (2 * block_weights(d_model, d_ff) + 4 * d_model * n_ctx / 2)


gpt3_share = attention_share(96, 12288, 2048)
minilm_share = attention_share(6, 384, 512, 1536)
