# enumerate with start as positional or keyword, negative and huge starts
print(list(enumerate('ab', 10)), list(enumerate('ab', start=-1)), list(enumerate(iterable='xy', start=5)))
print(list(enumerate(range(2), 2 ** 70)), list(enumerate([], 3)), list(enumerate({'k': 1})))
e = enumerate('abc')
print(next(e), list(e), type(e).__name__)
for bad in (lambda: enumerate('a', 1.5), lambda: enumerate('a', '1'), lambda: enumerate(5), lambda: enumerate(), lambda: enumerate('a', 1, 2)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
class I:
    def __index__(self): return 100
print(list(enumerate('z', I())))
