# Creates the body's layers before the title's and the outputs' layers before calling them (layer objects first, then
# the graph): the inputs and outputs keep the required order, and the model is the same.
def build_ticket_model(num_words, num_tags, num_departments):
    body_embedding, body_lstm = layers.Embedding(num_words, 16), layers.LSTM(8)
    title_embedding, title_lstm = layers.Embedding(num_words, 16), layers.LSTM(16)
    priority_head = layers.Dense(1, activation="sigmoid", name="priority")
    department_head = layers.Dense(num_departments, activation="softmax", name="department")
    body = keras.Input(shape=(None,), name="body")
    title = keras.Input(shape=(None,), name="title")
    tags = keras.Input(shape=(num_tags,), name="tags")
    x = layers.concatenate([title_lstm(title_embedding(title)), body_lstm(body_embedding(body)), tags])
    return keras.Model([title, body, tags], [priority_head(x), department_head(x)])
