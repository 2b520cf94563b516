# ValueError messages
def show(fn):
    try:
        fn()
    except ValueError as e:
        print('ValueError:', e)
show(lambda: int('x'))
show(lambda: int(''))
show(lambda: int('3.5'))
show(lambda: int('12', 2))
show(lambda: int('10', 1))
show(lambda: int(' 1 2 '))
show(lambda: float('one'))
show(lambda: [1, 2].index(3))
show(lambda: 'abc'.index('d'))
show(lambda: (1, 2).index(9))
show(lambda: [].remove(0))
show(lambda: chr(-1))
show(lambda: range(0, 1, 0))
show(lambda: 'a,b'.split(''))
show(lambda: int('9' * 5000))
def unpack():
    a, b, c = 'ab'
show(unpack)
def unpack2():
    a, = [1, 2]
show(unpack2)
show(lambda: dict([(1, 2, 3)]))
show(lambda: 1 << -1)
show(lambda: '{0:d}'.format('text'))
