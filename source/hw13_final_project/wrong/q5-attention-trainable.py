# Wraps both feed-forward layers but leaves the attention layers of every block trainable.
def add_lora(model, rank, alpha):
    body = model.bert
    body.embeddings.trainable = False
    body.pooler.trainable = False
    for block in body.encoder.layer:
        block.bert_output.LayerNorm.trainable = False
        block.intermediate.dense = LoRADense(block.intermediate.dense, rank, alpha)
        block.bert_output.dense = LoRADense(block.bert_output.dense, rank, alpha)
    model.classifier.trainable = True
    model(model.dummy_inputs, training=False)
    return model
