# Leaves `down` linear and applies the ReLU as its own weightless layer, keras.layers.ReLU(), between the projections:
# the same adapter, the same 2*d*a + a + d trainable parameters.
class BottleneckAdapter(keras.layers.Layer):
    def __init__(self, d, a, **kwargs):
        super().__init__(**kwargs)
        self.down = keras.layers.Dense(a, name="down")
        self.relu = keras.layers.ReLU(name="relu")
        self.up = keras.layers.Dense(d, kernel_initializer="zeros", bias_initializer="zeros", name="up")

    def call(self, h):
        return h + self.up(self.relu(self.down(h)))
