# Freezes the embeddings and the encoder blocks but forgets the pooler (pooled_dense), which also sits inside the
# backbone.
def freeze_all_but_head(model):
    backbone = next(layer for layer in model.layers if isinstance(layer, keras_hub.models.Backbone))
    for layer in backbone.layers:
        if layer.name != "pooled_dense":
            layer.trainable = False
    return int(sum(int(np.prod(w.shape)) for w in model.trainable_weights))
