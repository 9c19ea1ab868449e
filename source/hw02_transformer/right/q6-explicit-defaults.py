# Names Keras's defaults explicitly: value_dim = key_dim, LayerNormalization(axis=-1, epsilon=1e-3), and calls the
# attention as mha(query=x, value=x, key=x): the same block.
def build_encoder_block(seq_len, d_model, num_heads, d_ff):
    x = keras.Input(shape=(seq_len, d_model))
    k = d_model // num_heads
    attn = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=k, value_dim=k, name="mha")(
        query=x, value=x, key=x)
    h = keras.layers.LayerNormalization(axis=-1, epsilon=1e-3, name="ln1")(keras.layers.Add()([x, attn]))
    f = keras.layers.Dense(d_ff, activation="relu", name="ffn1")(h)
    f = keras.layers.Dense(d_model, activation=None, name="ffn2")(f)
    y = keras.layers.LayerNormalization(axis=-1, epsilon=1e-3, name="ln2")(keras.layers.Add()([h, f]))
    return keras.Model(inputs=x, outputs=y)
