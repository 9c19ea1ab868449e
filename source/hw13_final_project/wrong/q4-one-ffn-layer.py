# Counts the LoRA matrices of one feed-forward layer per block instead of both.
lora_per_block = lora_param_count(config.hidden_size, config.intermediate_size, LORA_RANK)
lora_total = config.num_hidden_layers * lora_per_block
