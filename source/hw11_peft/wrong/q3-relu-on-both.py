# Gives both projections activation="relu", as in a two-layer network: the correction up adds can never be negative,
# and up's pre-activations start at exactly 0, where the ReLU's gradient is 0, so neither projection ever trains.
class BottleneckAdapter(keras.layers.Layer):
    def __init__(self, d, a, **kwargs):
        super().__init__(**kwargs)
        self.down = keras.layers.Dense(a, activation="relu", name="down")
        self.up = keras.layers.Dense(d, activation="relu", kernel_initializer="zeros", bias_initializer="zeros",
                                     name="up")

    def call(self, h):
        return h + self.up(self.down(h))
