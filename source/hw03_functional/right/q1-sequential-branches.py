# Builds each text branch as its own small keras.Sequential([Embedding, LSTM]) and calls it on its input: the
# Functional model has the same inputs, outputs, layers, wiring and parameter count, with the branches nested.
def build_ticket_model(num_words, num_tags, num_departments):
    title = keras.Input(shape=(None,), name="title")
    body = keras.Input(shape=(None,), name="body")
    tags = keras.Input(shape=(num_tags,), name="tags")
    title_branch = keras.Sequential([layers.Embedding(num_words, 16), layers.LSTM(16)], name="title_branch")
    body_branch = keras.Sequential([layers.Embedding(num_words, 16), layers.LSTM(8)], name="body_branch")
    x = layers.concatenate([title_branch(title), body_branch(body), tags])
    priority = layers.Dense(1, activation="sigmoid", name="priority")(x)
    department = layers.Dense(num_departments, activation="softmax", name="department")(x)
    return keras.Model([title, body, tags], [priority, department])
