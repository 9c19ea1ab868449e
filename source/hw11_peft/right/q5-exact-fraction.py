# Keeps the percentage exact as a fractions.Fraction (100 * 184,320 / 22,713,216 with no rounding at all), a
# rational number, which is a numbers.Real.
from fractions import Fraction


def lora_ffn_params(d_model, d_ff, n_layers, rank):
    return n_layers * 2 * rank * (d_model + d_ff)


minilm_lora_params = lora_ffn_params(384, 1536, 6, 8)
minilm_lora_percent = Fraction(100 * minilm_lora_params, 22_713_216)
