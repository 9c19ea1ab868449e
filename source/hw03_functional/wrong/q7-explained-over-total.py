# The explained share ESS / TSS, sum(r_hat^2) / sum(r^2): it equals 1 - SSE / TSS only for a least-squares fit
def total_r2(r, r_hat):
    r = np.asarray(r, dtype="float64")
    r_hat = np.asarray(r_hat, dtype="float64")
    return float(np.sum(r_hat ** 2) / np.sum(r ** 2))
