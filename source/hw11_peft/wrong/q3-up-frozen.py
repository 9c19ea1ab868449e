# Freezes the up-projection (up.trainable = False) to keep the adapter the identity, as if the zero initialisation had
# to last: up stays zero for ever, so down gets no gradient either and the adapter never learns anything.
class BottleneckAdapter(BottleneckAdapter):
    def __init__(self, d, a, **kwargs):
        super().__init__(d, a, **kwargs)
        self.up.trainable = False
