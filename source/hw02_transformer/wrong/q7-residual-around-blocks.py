# Adds a residual connection of its own around every TransformerEncoder, x = x + block(x), as around Section 5's
# sub-layers: the block already has its residual sums inside, so the input is counted twice. Parameter-free.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, name="embedding")(tokens)
    for i in range(num_blocks):
        x = keras.layers.Add()([x, keras_hub.layers.TransformerEncoder(d_ff, num_heads, name=f"block_{i}")(x)])
    logits = keras.layers.Dense(vocab_size, name="logits")(x)
    return keras.Model(tokens, logits, name="reverser")
