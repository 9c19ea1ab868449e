# Builds each text branch in one go, gives the embeddings, LSTMs and the merge their own names, and merges with the
# layer class layers.Concatenate() instead of the function layers.concatenate: the same graph, the same parameters.
def build_ticket_model(num_words, num_tags, num_departments):
    title = keras.Input(shape=(None,), name="title")
    body = keras.Input(shape=(None,), name="body")
    tags = keras.Input(shape=(num_tags,), name="tags")
    title_vector = layers.LSTM(16, name="title_lstm")(layers.Embedding(num_words, 16, name="title_embedding")(title))
    body_vector = layers.LSTM(8, name="body_lstm")(layers.Embedding(num_words, 16, name="body_embedding")(body))
    features = layers.Concatenate(axis=-1, name="features")([title_vector, body_vector, tags])
    outputs = [layers.Dense(1, activation="sigmoid", name="priority")(features),
               layers.Dense(num_departments, activation="softmax", name="department")(features)]
    return keras.Model(inputs=[title, body, tags], outputs=outputs, name="ticket_model")
