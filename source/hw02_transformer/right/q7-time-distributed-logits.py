# Applies the output layer through keras.layers.TimeDistributed(Dense(vocab_size)), named "logits": the same weights
# for every position, so the same parameters and logits.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, name="embedding")(tokens)
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, name=f"block_{i}")(x)
    logits = keras.layers.TimeDistributed(keras.layers.Dense(vocab_size), name="logits")(x)
    return keras.Model(tokens, logits, name="reverser")
