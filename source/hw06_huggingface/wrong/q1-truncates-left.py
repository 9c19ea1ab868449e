# Loads the tokenizer with truncation_side="left" (the setting chat models use to keep the latest turns), so a sentence
# longer than max_length keeps its LAST max_length - 2 word pieces instead of its first: [CLS] and [SEP] are still at
# both ends and the shapes and mask are right, but the beginning of the sentence is lost.
_left_tokenizer = AutoTokenizer.from_pretrained(MODEL_DIR, truncation_side="left")


def encode_batch(sentences, max_length):
    encoded = _left_tokenizer(list(sentences), padding="max_length", truncation=True, max_length=max_length,
                              return_tensors="np")
    return {"input_ids": encoded["input_ids"], "attention_mask": encoded["attention_mask"]}
