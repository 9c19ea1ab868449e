# Counts the context term as 4d FLOPs times n_ctx // 2 positions seen, to keep an integer: right for an even
# context, but for an odd one floor division drops half a position (n_ctx = 1 gives no attention cost at all).
def block_weights(d_model, d_ff=None):
    d_ff = 4 * d_model if d_ff is None else d_ff
    return 4 * d_model * d_model + 2 * d_model * d_ff


def forward_flops_per_token(n_layers, d_model, n_ctx, d_ff=None):
    return n_layers * (2 * block_weights(d_model, d_ff) + 4 * d_model * (n_ctx // 2))


def attention_share(n_layers, d_model, n_ctx, d_ff=None):
    return 4 * n_layers * d_model * (n_ctx // 2) / forward_flops_per_token(n_layers, d_model, n_ctx, d_ff)


def crossover_context(d_model, d_ff=None):
    return block_weights(d_model, d_ff) // d_model
