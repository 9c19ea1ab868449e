# Gives the feed-forward layer the usual inner width 4 * d_model instead of the d_ff argument.
def build_encoder_block(seq_len, d_model, num_heads, d_ff):
    x = keras.Input(shape=(seq_len, d_model))
    attn = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=d_model // num_heads, name="mha")(x, x)
    h = keras.layers.LayerNormalization(name="ln1")(keras.layers.Add()([x, attn]))
    f = keras.layers.Dense(4 * d_model, activation="relu", name="ffn1")(h)
    f = keras.layers.Dense(d_model, name="ffn2")(f)
    y = keras.layers.LayerNormalization(name="ln2")(keras.layers.Add()([h, f]))
    return keras.Model(x, y, name="encoder_block")
