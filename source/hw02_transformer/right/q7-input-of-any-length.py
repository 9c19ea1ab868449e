# Declares the input as keras.Input(shape=(None,), dtype="int32"), token sequences of any length up to seq_len (the
# position table has seq_len rows): the same layers, weights and logits for inputs of shape (batch, seq_len).
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(None,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, name="embedding")(tokens)
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, name=f"block_{i}")(x)
    logits = keras.layers.Dense(vocab_size, name="logits")(x)
    return keras.Model(tokens, logits, name="reverser")
