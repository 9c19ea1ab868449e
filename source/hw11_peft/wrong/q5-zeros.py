# Degenerate stub: the count is the integer 0, and so are the MiniLM figures.
def lora_ffn_params(d_model, d_ff, n_layers, rank):
    return 0

minilm_lora_params = lora_ffn_params(384, 1536, 6, 8)
minilm_lora_percent = 0.0
