# Normalises over axis 1, the positions of the sequence, instead of the features of each position (the last axis,
# Keras's default): LayerNormalization(axis=1), whose scale and offset get one entry per position, not per feature.
def build_encoder_block(seq_len, d_model, num_heads, d_ff):
    x = keras.Input(shape=(seq_len, d_model))
    attn = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=d_model // num_heads, name="mha")(x, x)
    h = keras.layers.LayerNormalization(axis=1, name="ln1")(keras.layers.Add()([x, attn]))
    f = keras.layers.Dense(d_ff, activation="relu", name="ffn1")(h)
    f = keras.layers.Dense(d_model, name="ffn2")(f)
    y = keras.layers.LayerNormalization(axis=1, name="ln2")(keras.layers.Add()([h, f]))
    return keras.Model(x, y, name="encoder_block")
