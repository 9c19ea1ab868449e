# Computes the count with NumPy integers and the percentage in float32 (np.float32 division): a NumPy float32
# number a few units in the last place from the float64 value, still the exact percentage to float32 precision.
def lora_ffn_params(d_model, d_ff, n_layers, rank):
    return int(np.int64(n_layers) * 2 * rank * (np.int64(d_model) + d_ff))


minilm_lora_params = lora_ffn_params(384, 1536, 6, 8)
minilm_lora_percent = np.float32(100) * np.float32(minilm_lora_params) / np.float32(22_713_216)
