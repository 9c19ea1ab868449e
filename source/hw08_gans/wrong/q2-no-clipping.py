# Takes the logs without clipping: a fake that D rejects with certainty (D(G(z)) = 0) makes the non-saturating loss
# infinite, and one it accepts with certainty (D(G(z)) = 1) makes the minimax loss -inf.
def generator_loss_minimax(d_fake):
    return ops.mean(ops.log(1.0 - d_fake))


def generator_loss_nonsaturating(d_fake):
    return -ops.mean(ops.log(d_fake))
