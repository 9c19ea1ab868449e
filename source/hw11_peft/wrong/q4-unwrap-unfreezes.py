# unwrap() "restores" the base layer by making it trainable again (base.trainable = True), so the layer it
# returns is no longer frozen: a later training step would overwrite the pre-trained W0.
class LoRADense(LoRADense):
    def unwrap(self):
        self.base.trainable = True
        return super().unwrap()
