# math.pow instead of **: right for one factor, a TypeError for an array of factors.
import math


def data_multiplier(param_multiplier, exponent=0.74):
    return math.pow(param_multiplier, exponent)


def loss_multiplier(param_multiplier, alpha_n=0.076):
    return math.pow(param_multiplier, -alpha_n)
