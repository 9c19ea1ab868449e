# Creates the two projections in build() from input_shape[1], which is d only for (batch, d) input: on a
# (batch, seq, d) input the up-projection gets width seq, so the residual sum fails.
class BottleneckAdapter(keras.layers.Layer):
    def __init__(self, d, a, **kwargs):
        super().__init__(**kwargs)
        self.a = a

    def build(self, input_shape):
        self.down = keras.layers.Dense(self.a, activation="relu", name="down")
        self.up = keras.layers.Dense(int(input_shape[1]), kernel_initializer="zeros", bias_initializer="zeros",
                                     name="up")

    def call(self, h):
        return h + self.up(self.down(h))
