# Names Embedding's arguments, Embedding(input_dim=num_words, output_dim=16), and builds the heads from one list.
def build_ticket_model(num_words, num_tags, num_departments):
    inputs = [keras.Input(shape=(None,), name="title"), keras.Input(shape=(None,), name="body"),
              keras.Input(shape=(num_tags,), name="tags")]
    title = layers.LSTM(units=16)(layers.Embedding(input_dim=num_words, output_dim=16)(inputs[0]))
    body = layers.LSTM(units=8)(layers.Embedding(input_dim=num_words, output_dim=16)(inputs[1]))
    x = layers.Concatenate(axis=-1)([title, body, inputs[2]])
    outputs = [layers.Dense(1, activation="sigmoid", name="priority")(x),
               layers.Dense(num_departments, activation="softmax", name="department")(x)]
    return keras.Model(inputs=inputs, outputs=outputs)
