# Sizes every block's feed-forward layer as 2 * d_model (the width of the examples the student copied) instead of the
# argument d_ff: right whenever d_ff happens to be 2 * d_model, wrong for any other choice.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, name="embedding")(tokens)
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(2 * d_model, num_heads, name=f"block_{i}")(x)
    logits = keras.layers.Dense(vocab_size, name="logits")(x)
    return keras.Model(tokens, logits, name="reverser")
