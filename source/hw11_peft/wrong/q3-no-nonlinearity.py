# Leaves out the ReLU between the projections, so the adapter is a single linear (rank-a) map.
class BottleneckAdapter(keras.layers.Layer):
    def __init__(self, d, a, **kwargs):
        super().__init__(**kwargs)
        self.down = keras.layers.Dense(a, name="down")
        self.up = keras.layers.Dense(d, kernel_initializer="zeros", bias_initializer="zeros", name="up")

    def call(self, h):
        return h + self.up(self.down(h))
