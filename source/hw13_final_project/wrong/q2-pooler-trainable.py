# Freezes the embeddings and the Transformer blocks but forgets the pooler (pooled_dense), which is part of the body
# too.
def freeze_body(model):
    for layer in backbone_of(model).layers:
        if layer.name != "pooled_dense":
            layer.trainable = False
    head_of(model).trainable = True
