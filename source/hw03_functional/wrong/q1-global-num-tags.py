# Sizes the tags input with the notebook's global NUM_TAGS instead of the num_tags argument.
def build_ticket_model(num_words, num_tags, num_departments):
    title_input = keras.Input(shape=(None,), name="title")
    body_input = keras.Input(shape=(None,), name="body")
    tags_input = keras.Input(shape=(NUM_TAGS,), name="tags")
    title_features = layers.LSTM(16)(layers.Embedding(num_words, 16)(title_input))
    body_features = layers.LSTM(8)(layers.Embedding(num_words, 16)(body_input))
    x = layers.concatenate([title_features, body_features, tags_input])
    priority = layers.Dense(1, activation="sigmoid", name="priority")(x)
    department = layers.Dense(num_departments, activation="softmax", name="department")(x)
    return keras.Model(inputs=[title_input, body_input, tags_input], outputs=[priority, department])
