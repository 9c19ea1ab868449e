# Takes log(1 - D) as ops.log1p(-D), clips with ops.minimum/ops.maximum and negates with ops.negative, instead of
# ops.log(1 - D), ops.clip and a minus sign: the same two losses, clipped to [1e-7, 1 - 1e-7].
def generator_loss_minimax(d_fake):
    d_fake = ops.minimum(ops.maximum(d_fake, EPS), 1.0 - EPS)
    return ops.mean(ops.log1p(ops.negative(d_fake)))


def generator_loss_nonsaturating(d_fake):
    d_fake = ops.minimum(ops.maximum(d_fake, EPS), 1.0 - EPS)
    return ops.negative(ops.mean(ops.log(d_fake)))
