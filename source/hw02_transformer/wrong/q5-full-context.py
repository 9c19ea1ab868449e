# Counts 4d FLOPs for every one of the n_ctx positions, 4 * n_ctx * d per layer, forgetting that under a causal mask a
# token sees about n_ctx / 2 positions on average.
def forward_flops_per_token(n_layers, d_model, n_ctx, d_ff=None):
    return n_layers * (2 * block_weights(d_model, d_ff) + 4 * n_ctx * d_model)


gpt3_share = attention_share(96, 12288, 2048)
minilm_share = attention_share(6, 384, 512, 1536)
