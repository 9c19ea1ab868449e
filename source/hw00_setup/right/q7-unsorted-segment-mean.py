# Calls TensorFlow's tf.math.unsorted_segment_mean with the labels as segment ids and n_classes segments instead of a
# one-hot matrix (the course runs Keras on the TensorFlow backend): the same (n_classes, f) class means.
def class_means(X, y, n_classes):
    X = tf.convert_to_tensor(X, dtype=tf.float32)
    return tf.math.unsorted_segment_mean(X, tf.convert_to_tensor(y, dtype=tf.int32), num_segments=n_classes)
