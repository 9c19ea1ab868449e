# Embeds the tokens only: without position vectors attention cannot tell the first token from the last.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    x = keras.layers.Embedding(vocab_size, d_model, name="embedding")(tokens)
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, name=f"block_{i}")(x)
    return keras.Model(tokens, keras.layers.Dense(vocab_size, name="logits")(x), name="reverser")
