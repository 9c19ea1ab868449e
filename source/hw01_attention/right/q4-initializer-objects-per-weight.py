# Passes initializer objects instead of strings: a new keras.initializers.GlorotUniform() for each kernel (one object
# reused would give identical kernels in Keras 3) and one Zeros() object for the four biases (zeros are zeros).
# The solution's layer with this build() only (its call and get_config unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def build(self, input_shape):
        d_model = input_shape[-1]
        h, k = self.num_heads, self.key_dim
        zeros = keras.initializers.Zeros()
        for part in ("query", "key", "value"):
            kernel = self.add_weight(name=f"{part}_kernel", shape=(d_model, h, k),
                                     initializer=keras.initializers.GlorotUniform())
            bias = self.add_weight(name=f"{part}_bias", shape=(h, k), initializer=zeros)
            setattr(self, f"{part}_kernel", kernel)
            setattr(self, f"{part}_bias", bias)
        self.output_kernel = self.add_weight(name="output_kernel", shape=(h, k, d_model),
                                             initializer=keras.initializers.GlorotUniform())
        self.output_bias = self.add_weight(name="output_bias", shape=(d_model,), initializer=zeros)
