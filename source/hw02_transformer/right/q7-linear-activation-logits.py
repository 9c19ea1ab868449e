# Writes the output layer as Dense(vocab_size, activation="linear"), naming the identity explicitly, and the blocks'
# defaults dropout=0.0 and activation="relu" too: the same layers, parameters and logits.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, name="embedding")(tokens)
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, dropout=0.0, activation="relu", name=f"block_{i}")(x)
    logits = keras.layers.Dense(vocab_size, activation="linear", name="logits")(x)
    return keras.Model(tokens, logits, name="reverser")
