# Follows the paper ("we multiply those weights by sqrt(d_model)") and TensorFlow's tutorial: scales the embedding's
# output by sqrt(d_model) before the first block. No parameters change, so the counts and shapes cannot show it.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, name="embedding")(tokens)
    x = x * float(np.sqrt(d_model))
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, name=f"block_{i}")(x)
    logits = keras.layers.Dense(vocab_size, name="logits")(x)
    return keras.Model(tokens, logits, name="reverser")
