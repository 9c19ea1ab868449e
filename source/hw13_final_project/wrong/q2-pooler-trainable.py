# Freezes the embeddings and the encoder blocks but forgets the pooler, which is part of the body too.
def freeze_body(model):
    model.bert.embeddings.trainable = False
    model.bert.encoder.trainable = False
    model.classifier.trainable = True
