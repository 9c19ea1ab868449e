# Declares the input with keras.Input's default float32 dtype instead of int32: the embedding casts the token ids to
# integers before its lookup (ids below 2**24 are exact in float32), so the model maps the same integer tokens to
# the same logits, with the same layers, names and parameters.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,))
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, name="embedding")(tokens)
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, name=f"block_{i}")(x)
    return keras.Model(tokens, keras.layers.Dense(vocab_size, name="logits")(x), name="reverser")
