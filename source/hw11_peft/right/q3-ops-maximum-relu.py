# Leaves `down` linear and applies the ReLU in call with keras.ops, h + up(ops.maximum(down(h), 0)): the same adapter,
# and unlike NumPy's np.maximum, gradients flow through it and it runs on a model's symbolic input.
class BottleneckAdapter(keras.layers.Layer):
    def __init__(self, d, a, **kwargs):
        super().__init__(**kwargs)
        self.down = keras.layers.Dense(a, name="down")
        self.up = keras.layers.Dense(d, kernel_initializer="zeros", bias_initializer="zeros", name="up")

    def call(self, h):
        return h + self.up(ops.maximum(self.down(h), 0.0))
