# Writes each residual sum with + on the symbolic tensors instead of a keras.layers.Add layer (Keras 3 records it as
# an operation of the graph): the same block, the same weights and outputs.
def build_encoder_block(seq_len, d_model, num_heads, d_ff):
    x = keras.Input(shape=(seq_len, d_model))
    attn = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=d_model // num_heads, name="mha")(x, x)
    h = keras.layers.LayerNormalization(name="ln1")(x + attn)
    f = keras.layers.Dense(d_model, name="ffn2")(keras.layers.Dense(d_ff, activation="relu", name="ffn1")(h))
    return keras.Model(x, keras.layers.LayerNormalization(name="ln2")(h + f), name="encoder_block")
