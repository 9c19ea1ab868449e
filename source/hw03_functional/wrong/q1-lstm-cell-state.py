# Asks each LSTM for its final states (return_state=True returns [output, h, c]) and concatenates the cell state c, the
# LSTM's internal memory, instead of its output h: the same layers and parameter count, other features.
def build_ticket_model(num_words, num_tags, num_departments):
    title_input = keras.Input(shape=(None,), name="title")
    body_input = keras.Input(shape=(None,), name="body")
    tags_input = keras.Input(shape=(num_tags,), name="tags")
    _, _, title_state = layers.LSTM(16, return_state=True)(layers.Embedding(num_words, 16)(title_input))
    _, _, body_state = layers.LSTM(8, return_state=True)(layers.Embedding(num_words, 16)(body_input))
    x = layers.concatenate([title_state, body_state, tags_input])
    priority = layers.Dense(1, activation="sigmoid", name="priority")(x)
    department = layers.Dense(num_departments, activation="softmax", name="department")(x)
    return keras.Model(inputs=[title_input, body_input, tags_input], outputs=[priority, department])
