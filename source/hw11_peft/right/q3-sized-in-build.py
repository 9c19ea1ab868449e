# Creates the two projections in build() and sizes the up-projection from input_shape[-1], the last axis (d for
# both (batch, d) and (batch, seq, d) inputs), instead of from the d argument: the same adapter once called.
class BottleneckAdapter(keras.layers.Layer):
    def __init__(self, d, a, **kwargs):
        super().__init__(**kwargs)
        self.a = a

    def build(self, input_shape):
        self.down = keras.layers.Dense(self.a, activation="relu")
        self.up = keras.layers.Dense(int(input_shape[-1]), kernel_initializer="zeros", bias_initializer="zeros")

    def call(self, h):
        return h + self.up(self.down(h))
