# Counts one FLOP per weight and token instead of two (a multiply and an add), while the context term keeps its 2.
def forward_flops_per_token(n_layers, d_model, n_ctx, d_ff=None):
    return n_layers * (block_weights(d_model, d_ff) + 2 * n_ctx * d_model)


gpt3_share = attention_share(96, 12288, 2048)
minilm_share = attention_share(6, 384, 512, 1536)
