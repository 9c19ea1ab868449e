# Passes every layer argument by keyword (vocabulary_size=, sequence_length=, embedding_dim=, intermediate_dim=,
# num_heads=), creates the blocks in a list first and applies them in a loop, and leaves the model unnamed (the
# prompt names only the layers): the same layers, names, parameters and outputs.
def build_reverser(seq_len, vocab_size, d_model, num_heads, d_ff, num_blocks):
    embedding = keras_hub.layers.TokenAndPositionEmbedding(
        vocabulary_size=vocab_size, sequence_length=seq_len, embedding_dim=d_model, name="embedding")
    blocks = [keras_hub.layers.TransformerEncoder(intermediate_dim=d_ff, num_heads=num_heads, name=f"block_{i}")
              for i in range(num_blocks)]
    head = keras.layers.Dense(units=vocab_size, name="logits")
    inputs = keras.Input(shape=(seq_len,), dtype="int32")
    x = embedding(inputs)
    for block in blocks:
        x = block(x)
    return keras.Model(inputs=inputs, outputs=head(x))
