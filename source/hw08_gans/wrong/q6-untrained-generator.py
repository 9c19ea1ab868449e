# Never calls generator_step: the generator's loss is recorded, but the generator is never trained.
def train_gan(G, D, X, epochs=1, batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    latent_dim = G.input_shape[-1]
    history = {"d_loss": [], "g_loss": []}
    for epoch in range(epochs):
        order = rng.permutation(len(X))
        for start in range(0, len(X) - batch_size + 1, batch_size):
            real = X[order[start:start + batch_size]]
            z = rng.standard_normal((batch_size, latent_dim)).astype("float32")
            history["d_loss"].append(discriminator_step(G, D, real, z))
            z = rng.standard_normal((batch_size, latent_dim)).astype("float32")
            history["g_loss"].append(float(generator_loss_nonsaturating(D(G(z)))))
    return history
