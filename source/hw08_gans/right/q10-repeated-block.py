# Builds one block of n_critic "critic" entries and a "generator" entry and repeats it n_generator_steps times with list
# arithmetic instead of two nested loops: the same list.
def wgan_schedule(n_generator_steps, n_critic):
    return (["critic"] * n_critic + ["generator"]) * n_generator_steps
