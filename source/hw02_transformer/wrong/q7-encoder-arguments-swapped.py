# Passes the two sizes to TransformerEncoder in the wrong order, TransformerEncoder(num_heads, d_ff): its first
# argument is intermediate_dim, so the blocks get d_ff heads and a feed-forward layer num_heads wide.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, name="embedding")(tokens)
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(num_heads, d_ff, name=f"block_{i}")(x)
    logits = keras.layers.Dense(vocab_size, name="logits")(x)
    return keras.Model(tokens, logits, name="reverser")
