# Leaves `down` linear and applies the ReLU with NumPy in call, np.maximum(down(h), 0): the right values on arrays,
# but no gradient flows back through a NumPy copy, so `down` never trains (and a model of the layer cannot be built).
class BottleneckAdapter(keras.layers.Layer):
    def __init__(self, d, a, **kwargs):
        super().__init__(**kwargs)
        self.down = keras.layers.Dense(a, name="down")
        self.up = keras.layers.Dense(d, kernel_initializer="zeros", bias_initializer="zeros", name="up")

    def call(self, h):
        return h + self.up(np.maximum(self.down(h), 0.0))
