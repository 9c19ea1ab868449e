# Puts a softmax on the last layer: the model returns probabilities where the loss expects logits.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, name="embedding")(tokens)
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, name=f"block_{i}")(x)
    probabilities = keras.layers.Dense(vocab_size, activation="softmax", name="logits")(x)
    return keras.Model(tokens, probabilities, name="reverser")
