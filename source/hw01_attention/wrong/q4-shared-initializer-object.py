# Makes one keras.initializers.GlorotUniform() object and passes it to every kernel's add_weight: in Keras 3 an
# initializer object returns the same values each time it is called, so query, key and value kernels start identical.
# The solution's layer with this build() only (its call and get_config unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def build(self, input_shape):
        d_model = input_shape[-1]
        h, k = self.num_heads, self.key_dim
        glorot, zeros = keras.initializers.GlorotUniform(), keras.initializers.Zeros()
        self.query_kernel = self.add_weight(name="query_kernel", shape=(d_model, h, k), initializer=glorot)
        self.query_bias = self.add_weight(name="query_bias", shape=(h, k), initializer=zeros)
        self.key_kernel = self.add_weight(name="key_kernel", shape=(d_model, h, k), initializer=glorot)
        self.key_bias = self.add_weight(name="key_bias", shape=(h, k), initializer=zeros)
        self.value_kernel = self.add_weight(name="value_kernel", shape=(d_model, h, k), initializer=glorot)
        self.value_bias = self.add_weight(name="value_bias", shape=(h, k), initializer=zeros)
        self.output_kernel = self.add_weight(name="output_kernel", shape=(h, k, d_model), initializer=glorot)
        self.output_bias = self.add_weight(name="output_bias", shape=(d_model,), initializer=zeros)
