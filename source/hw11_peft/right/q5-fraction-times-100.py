# The formula in another order, and the percentage as a fraction of the body times 100.
def lora_ffn_params(d_model, d_ff, n_layers, rank):
    per_layer = rank * (d_model + d_ff) * 2
    return per_layer * n_layers


minilm_lora_params = lora_ffn_params(d_model=384, d_ff=1536, n_layers=6, rank=8)
minilm_lora_percent = minilm_lora_params / 22_713_216 * 100
