# Off by one: range(1, n_critic) runs only n_critic - 1 critic updates before each generator update.
def wgan_schedule(n_generator_steps, n_critic):
    steps = []
    for _ in range(n_generator_steps):
        for _ in range(1, n_critic):
            steps.append("critic")
        steps.append("generator")
    return steps
