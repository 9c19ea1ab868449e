# Puts the generator update before the critic updates instead of after them.
def wgan_schedule(n_generator_steps, n_critic):
    steps = []
    for _ in range(n_generator_steps):
        steps.append("generator")
        steps += ["critic"] * n_critic
    return steps
