# Computes the share from one layer's terms (the layer count cancels), defaults d_ff with `or`, and the crossover
# as int(N_block / d_model) (exact: N_block is a multiple of d_model, far below 2**53).
def block_weights(d_model, d_ff=None):
    d_ff = d_ff or 4 * d_model
    return 4 * d_model ** 2 + 2 * d_model * d_ff


def forward_flops_per_token(n_layers, d_model, n_ctx, d_ff=None):
    return 2 * n_layers * block_weights(d_model, d_ff) + 2 * n_layers * n_ctx * d_model


def attention_share(n_layers, d_model, n_ctx, d_ff=None):
    context = 2 * n_ctx * d_model
    return context / (2 * block_weights(d_model, d_ff) + context)


def crossover_context(d_model, d_ff=None):
    return int(block_weights(d_model, d_ff) / d_model)


gpt3_share = attention_share(96, 12288, 2048)
minilm_share = attention_share(6, 384, 512, 1536)
