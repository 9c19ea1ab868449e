# unwrap() merges the update into the base kernel before returning it, so the "original" layer comes back
# changed (W0 + (alpha/r) A B) instead of untouched.
class LoRADense(LoRADense):
    def unwrap(self):
        self.base.kernel.assign(self.merged_kernel())
        return super().unwrap()
