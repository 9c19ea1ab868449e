# Initialises the down-projection to zero as well: the adapter is the identity at initialisation, but each
# projection's gradient is multiplied by the other one's zero weights, so neither kernel ever moves.
class BottleneckAdapter(keras.layers.Layer):
    def __init__(self, d, a, **kwargs):
        super().__init__(**kwargs)
        self.down = keras.layers.Dense(a, activation="relu", kernel_initializer="zeros", name="down")
        self.up = keras.layers.Dense(d, kernel_initializer="zeros", bias_initializer="zeros", name="up")

    def call(self, h):
        return h + self.up(self.down(h))
