# merged_kernel() computes the merged kernel in NumPy from np.asarray copies of W0, A and B (it only has to return
# the numbers; call keeps computing with the variables through keras.ops): the same kernel.
class LoRADense(LoRADense):
    def merged_kernel(self):
        return np.asarray(self.base.kernel) + self.scale * (np.asarray(self.A) @ np.asarray(self.B))
