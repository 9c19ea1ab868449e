# PyTorch's clip_grad_norm_ recipe: the coefficient max_norm / (norm + 1e-6), clamped to 1, and a copy of each array
# scaled by it: within a millionth of max_norm / max(norm, max_norm), and zeros stay zeros (no division by zero).
def clip_by_global_norm(grads, max_norm):
    arrays = [np.array(g, dtype=np.float64) for g in grads]
    norm = float(np.sqrt(sum(float(np.vdot(a, a)) for a in arrays)))
    coefficient = min(1.0, max_norm / (norm + 1e-6))
    return [a * coefficient for a in arrays], norm
