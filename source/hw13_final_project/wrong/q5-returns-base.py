# Degenerate stub: creates A and B and wraps every feed-forward layer, but LoRADense returns the base layer's output unchanged (no LoRA branch), and the records are constants.
class LoRADense(tf.keras.layers.Layer):
    def __init__(self, base, rank, alpha, **kwargs):
        super().__init__(**kwargs)
        self.base = base
        self.rank = int(rank)
        self.base.trainable = False
        self.scale = float(alpha) / self.rank

    def build(self, input_shape):
        d_in, d_out = int(input_shape[-1]), int(self.base.units)
        self.A = self.add_weight(name="lora_A", shape=(d_in, self.rank), trainable=True,
                                 initializer=tf.keras.initializers.RandomNormal(stddev=0.02))
        self.B = self.add_weight(name="lora_B", shape=(self.rank, d_out), initializer="zeros", trainable=True)
        super().build(input_shape)

    def call(self, inputs):
        return self.base(inputs)


def add_lora(model, rank, alpha):
    body = model.bert
    body.embeddings.trainable = False
    body.pooler.trainable = False
    for block in body.encoder.layer:
        block.attention.trainable = False
        block.bert_output.LayerNorm.trainable = False
        block.intermediate.dense = LoRADense(block.intermediate.dense, rank, alpha)
        block.bert_output.dense = LoRADense(block.bert_output.dense, rank, alpha)
    model.classifier.trainable = True
    model(model.dummy_inputs, training=False)
    return model


part2_trainable = 185475
part2_val_accuracy = 0.0
part2_base_unchanged = True
