# Degenerate stub: every LoRA count is the integer 0.
def lora_param_count(d_in, d_out, rank):
    return 0


lora_per_block = 0
lora_total = 0
