# Adds the context term once for the whole network instead of once per layer.
def forward_flops_per_token(n_layers, d_model, n_ctx, d_ff=None):
    return n_layers * 2 * block_weights(d_model, d_ff) + 2 * n_ctx * d_model


gpt3_share = attention_share(96, 12288, 2048)
minilm_share = attention_share(6, 384, 512, 1536)
