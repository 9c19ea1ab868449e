# Believes the default from_logits=False is right for Hugging Face logits and swaps the two losses.
loss_right = float(tf.keras.losses.SparseCategoricalCrossentropy(from_logits=False)(stored_labels, stored_logits))
loss_wrong = float(tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)(stored_labels, stored_logits))
