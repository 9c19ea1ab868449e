# Squares first and keeps the odd squares afterwards: an integer and its square have the same parity ((-3) ** 2 = 9
# is odd, 4 ** 2 = 16 even), so the odd squares are exactly the squares of the odd numbers, in the same order.
def first_pipeline(xs, batch_size):
    squares = tf.data.Dataset.from_tensor_slices(np.asarray(xs)).map(tf.math.square)
    odd_squares = squares.filter(lambda s: tf.math.equal(tf.math.floormod(s, 2), 1))
    return [batch for batch in odd_squares.batch(batch_size).as_numpy_iterator()]
