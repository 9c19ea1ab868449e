# Computes the schedule with keras.ops in float32, as a Keras LearningRateSchedule does: the same values to about
# 1e-7 relative, which the tests' relative tolerances allow.
def transformer_lr(step, d_model=512, warmup_steps=4000):
    s = keras.ops.cast(step, "float32")
    d = keras.ops.cast(d_model, "float32")
    w = keras.ops.cast(warmup_steps, "float32")
    return keras.ops.convert_to_numpy(keras.ops.rsqrt(d) * keras.ops.minimum(keras.ops.rsqrt(s), s * w ** -1.5))
