# Counts LoRA on only one of the two FFN Dense layers per block.
def lora_ffn_params(d_model, d_ff, n_layers, rank):
    return int(n_layers * rank * (d_model + d_ff))

minilm_lora_params = lora_ffn_params(384, 1536, 6, 8)
minilm_lora_percent = 100 * minilm_lora_params / 22_713_216
