# unwrap() "removes the adapter" by zeroing B before returning base: base is untouched, but the LoRA layer
# loses its trained update (unwrap must change nothing).
class LoRADense(LoRADense):
    def unwrap(self):
        self.B.assign(ops.zeros_like(self.B))
        return self.base
