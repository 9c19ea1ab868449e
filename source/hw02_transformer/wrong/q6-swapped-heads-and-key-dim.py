# Passes the two sizes positionally in the wrong order, MultiHeadAttention(d_model // num_heads, num_heads):
# d_model // num_heads heads of width num_heads. Same parameter count (the heads still span d_model), but a different
# attention.
def build_encoder_block(seq_len, d_model, num_heads, d_ff):
    x = keras.Input(shape=(seq_len, d_model))
    attn = keras.layers.MultiHeadAttention(d_model // num_heads, num_heads, name="mha")(x, x)
    h = keras.layers.LayerNormalization(name="ln1")(keras.layers.Add()([x, attn]))
    f = keras.layers.Dense(d_ff, activation="relu", name="ffn1")(h)
    f = keras.layers.Dense(d_model, name="ffn2")(f)
    y = keras.layers.LayerNormalization(name="ln2")(keras.layers.Add()([h, f]))
    return keras.Model(x, y, name="encoder_block")
