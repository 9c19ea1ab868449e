# Spells "glorot_uniform" out as keras.initializers.VarianceScaling(scale=1.0, mode="fan_avg", distribution="uniform"),
# a new object per kernel, and builds the weights in a loop: the same distribution, uniform on +-sqrt(6 / (fan_in +
# fan_out)). The solution's layer with this build() only (its call and get_config unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def build(self, input_shape):
        d_model = input_shape[-1]
        h, k = self.num_heads, self.key_dim
        shapes = {"query": (d_model, h, k), "key": (d_model, h, k), "value": (d_model, h, k), "output": (h, k, d_model)}
        for part, shape in shapes.items():
            glorot = keras.initializers.VarianceScaling(scale=1.0, mode="fan_avg", distribution="uniform")
            setattr(self, f"{part}_kernel", self.add_weight(name=f"{part}_kernel", shape=shape, initializer=glorot))
            bias_shape = (d_model,) if part == "output" else (h, k)
            setattr(self, f"{part}_bias", self.add_weight(name=f"{part}_bias", shape=bias_shape, initializer="zeros"))
