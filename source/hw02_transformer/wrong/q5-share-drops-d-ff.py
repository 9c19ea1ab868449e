# attention_share does not pass d_ff on to forward_flops_per_token, so it always counts d_ff = 4d.
def attention_share(n_layers, d_model, n_ctx, d_ff=None):
    return 2 * n_layers * n_ctx * d_model / forward_flops_per_token(n_layers, d_model, n_ctx)


gpt3_share = attention_share(96, 12288, 2048)
minilm_share = attention_share(6, 384, 512, 1536)
