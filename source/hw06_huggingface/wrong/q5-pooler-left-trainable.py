# Freezes the embeddings and the encoder blocks but forgets the pooler, which also sits inside model.bert.
def freeze_all_but_head(model):
    model.bert.embeddings.trainable = False
    model.bert.encoder.trainable = False
    return int(sum(int(np.prod(w.shape)) for w in model.trainable_weights))
