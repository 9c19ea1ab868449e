# Zero initialisation given as keras.initializers.Zeros() objects, the ReLU as its own activation argument object,
# and the residual sum with keras.ops.add: the same adapter.
class BottleneckAdapter(BottleneckAdapter):
    def __init__(self, d, a, **kwargs):
        keras.layers.Layer.__init__(self, **kwargs)
        self.down = keras.layers.Dense(a, activation=keras.activations.relu)
        self.up = keras.layers.Dense(d, kernel_initializer=keras.initializers.Zeros(),
                                     bias_initializer=keras.initializers.Zeros())

    def call(self, h):
        return ops.add(h, self.up(self.down(h)))
