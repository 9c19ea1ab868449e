# Multiplies the formulas out instead of calling block_weights: 2 (4 d^2 + 2 d d_ff) + 2 n_ctx d per layer, and the
# crossover n_ctx = N_block / d = 4 d + 2 d_ff, all in exact integers.
def block_weights(d_model, d_ff=None):
    d_ff = d_ff if d_ff is not None else 4 * d_model
    return d_model * (4 * d_model + 2 * d_ff)


def forward_flops_per_token(n_layers, d_model, n_ctx, d_ff=None):
    d_ff = d_ff if d_ff is not None else 4 * d_model
    return n_layers * (8 * d_model ** 2 + 4 * d_model * d_ff + 2 * n_ctx * d_model)


def attention_share(n_layers, d_model, n_ctx, d_ff=None):
    d_ff = d_ff if d_ff is not None else 4 * d_model
    return n_ctx / (4 * d_model + 2 * d_ff + n_ctx)


def crossover_context(d_model, d_ff=None):
    d_ff = d_ff if d_ff is not None else 4 * d_model
    return 4 * d_model + 2 * d_ff


gpt3_share = attention_share(96, 12288, 2048)
minilm_share = attention_share(6, 384, 512, 1536)
