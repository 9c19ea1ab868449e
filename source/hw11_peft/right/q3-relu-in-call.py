# Leaves `down` a linear Dense(a) and applies the ReLU in call, h + up(relu(down(h))): the same adapter.
class BottleneckAdapter(keras.layers.Layer):
    def __init__(self, d, a, **kwargs):
        super().__init__(**kwargs)
        self.down = keras.layers.Dense(a, name="down")
        self.up = keras.layers.Dense(d, kernel_initializer="zeros", name="up")

    def call(self, h):
        return h + self.up(ops.relu(self.down(h)))
