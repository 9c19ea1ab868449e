# Swaps Embedding's arguments, Embedding(16, num_words): a table for 16 word ids of num_words numbers each, so ids
# of 16 and above cannot be looked up.
def build_ticket_model(num_words, num_tags, num_departments):
    title_input = keras.Input(shape=(None,), name="title")
    body_input = keras.Input(shape=(None,), name="body")
    tags_input = keras.Input(shape=(num_tags,), name="tags")
    title_features = layers.LSTM(16)(layers.Embedding(16, num_words)(title_input))
    body_features = layers.LSTM(8)(layers.Embedding(16, num_words)(body_input))
    x = layers.concatenate([title_features, body_features, tags_input])
    priority = layers.Dense(1, activation="sigmoid", name="priority")(x)
    department = layers.Dense(num_departments, activation="softmax", name="department")(x)
    return keras.Model(inputs=[title_input, body_input, tags_input], outputs=[priority, department])
