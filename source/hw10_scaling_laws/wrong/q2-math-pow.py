# math.pow instead of **: right for one size, a TypeError for an array of sizes.
import math


def kaplan_loss(n_params, n_c=8.8e13, alpha_n=0.076):
    return math.pow(n_c / n_params, alpha_n)
