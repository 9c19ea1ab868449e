# Degenerate stub: an empty dict from backbone_inputs, an empty list of ids and an empty shape, running neither the
# tokenizer nor the model.
def backbone_inputs(sentences):
    return {}


token_ids = []
inputs = {}
outputs = {}
embedding_shape = ()
