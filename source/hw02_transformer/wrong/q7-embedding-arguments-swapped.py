# Passes seq_len and vocab_size to TokenAndPositionEmbedding in the wrong order: the table has seq_len token vectors
# and vocab_size position vectors. The parameter count (V*d + T*d) is the same either way.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(seq_len, vocab_size, d_model, name="embedding")(tokens)
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, name=f"block_{i}")(x)
    logits = keras.layers.Dense(vocab_size, name="logits")(x)
    return keras.Model(tokens, logits, name="reverser")
