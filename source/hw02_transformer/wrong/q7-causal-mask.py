# Masks attention causally, as in a decoder: position 0 never sees the last token it must output.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, name="embedding")(tokens)
    causal = np.tril(np.ones((seq_len, seq_len), dtype="int32"))[None]
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, name=f"block_{i}")(x, attention_mask=causal)
    return keras.Model(tokens, keras.layers.Dense(vocab_size, name="logits")(x), name="reverser")
