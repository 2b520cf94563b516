# an exception raised inside a generator propagates to the consumer
def numbers():
    yield 1
    yield 2
    raise OverflowError('generator gave up')
for n in numbers():
    print('got', n)
