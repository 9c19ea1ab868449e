# Degenerate stub: creates A and B and wraps every feed-forward layer, but LoRADense returns the base layer's output unchanged (no LoRA branch), and the records are constants.
class LoRADense(keras.layers.Layer):
    def __init__(self, base, rank, alpha, **kwargs):
        super().__init__(**kwargs)
        self.base = base
        self.rank = int(rank)
        self.base.trainable = False
        self.scale = float(alpha) / self.rank

    def build(self, input_shape):
        d_in, d_out = int(input_shape[-1]), int(self.base.units)
        self.A = self.add_weight(shape=(d_in, self.rank), name="lora_A",
                                 initializer=keras.initializers.RandomNormal(stddev=0.02))
        self.B = self.add_weight(shape=(self.rank, d_out), initializer="zeros", name="lora_B")

    def call(self, inputs):
        return self.base(inputs)


def add_lora(model, rank, alpha):
    backbone = backbone_of(model)
    for layer in backbone.layers:
        if not isinstance(layer, keras_hub.layers.TransformerEncoder):
            layer.trainable = False
    for block in backbone.transformer_layers:
        block._self_attention_layer.trainable = False
        block._self_attention_layer_norm.trainable = False
        block._feedforward_layer_norm.trainable = False
        for name in ("_feedforward_intermediate_dense", "_feedforward_output_dense"):
            replace_sublayer(block, name, LoRADense(getattr(block, name), rank, alpha))
    head_of(model).trainable = True
    model(model_inputs(tokenizer, ["LoRA"]), training=False)
    return model


part2_trainable = 185475
part2_val_accuracy = 0.0
part2_base_unchanged = True
