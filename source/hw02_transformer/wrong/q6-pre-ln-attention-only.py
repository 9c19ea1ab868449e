# Normalises before the attention (pre-LN, h = x + MHA(LN1(x))) but after the feed-forward sum (y = LN2(h + FFN(h))):
# the output is still layer-normalised, but the attention reads LN1(x) and h is never normalised.
def build_encoder_block(seq_len, d_model, num_heads, d_ff):
    x = keras.Input(shape=(seq_len, d_model))
    n = keras.layers.LayerNormalization(name="ln1")(x)
    attn = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=d_model // num_heads, name="mha")(n, n)
    h = keras.layers.Add()([x, attn])
    f = keras.layers.Dense(d_ff, activation="relu", name="ffn1")(h)
    f = keras.layers.Dense(d_model, name="ffn2")(f)
    y = keras.layers.LayerNormalization(name="ln2")(keras.layers.Add()([h, f]))
    return keras.Model(x, y)
