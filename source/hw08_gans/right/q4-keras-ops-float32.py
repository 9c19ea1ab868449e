# Writes the JSD with keras.ops, as the losses are written, so it computes in float32 (Keras's dtype): ops.where keeps
# the 0 log 0 = 0 terms out, and float() turns the scalar into a Python float. Right to float32 precision (about 1e-7
# relative).
def js_divergence(p, q):
    p = ops.convert_to_tensor(p, dtype="float32")
    q = ops.convert_to_tensor(q, dtype="float32")
    m = 0.5 * (p + q)

    def kl(a, b):
        safe_a = ops.where(a > 0, a, 1.0)
        safe_b = ops.where(a > 0, b, 1.0)
        return ops.sum(ops.where(a > 0, a * ops.log(safe_a / safe_b), 0.0))

    return float(0.5 * kl(p, m) + 0.5 * kl(q, m))
