# unwrap() returns a fresh copy of the base layer (from its config, with its weights) instead of base itself: the
# same kernel, bias and frozen flag, but not the layer the model holds, so the wrapped layer is never given back.
class LoRADense(LoRADense):
    def unwrap(self):
        copy = keras.layers.Dense.from_config(self.base.get_config())
        copy.build((None, int(self.base.kernel.shape[0])))
        copy.set_weights(self.base.get_weights())
        return copy
