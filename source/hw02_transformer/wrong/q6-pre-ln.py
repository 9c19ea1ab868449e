# Builds a pre-LN block, x + MHA(LN(x)) and h + FFN(LN(h)), instead of the post-LN block of the original paper.
def build_encoder_block(seq_len, d_model, num_heads, d_ff):
    x = keras.Input(shape=(seq_len, d_model))
    n1 = keras.layers.LayerNormalization(name="ln1")(x)
    attn = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=d_model // num_heads, name="mha")(n1, n1)
    h = keras.layers.Add()([x, attn])
    n2 = keras.layers.LayerNormalization(name="ln2")(h)
    f = keras.layers.Dense(d_ff, activation="relu", name="ffn1")(n2)
    f = keras.layers.Dense(d_model, name="ffn2")(f)
    y = keras.layers.Add()([h, f])
    return keras.Model(x, y)
