# Divides by MiniLM's size as it is usually quoted, 22.7 million, instead of its 22,713,216 body parameters.
minilm_lora_percent = 100 * minilm_lora_params / 22.7e6
