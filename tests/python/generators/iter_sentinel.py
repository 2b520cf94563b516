# iter(callable, sentinel) builds an iterator from a function
def make_reader(data):
    pos = 0
    def read():
        nonlocal pos
        chunk = data[pos:pos + 3]
        pos += 3
        return chunk
    return read
print(list(iter(make_reader('abcdefgh'), '')))
g = (x for x in [1, 2, 3, 0, 4])
print(list(iter(lambda: next(g), 0)), list(g))
nums = [5, 4, 3]
it = iter(nums.pop, 3)
print(type(it).__name__, list(it), nums)
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError:', e)
def stopping():
    raise StopIteration
print(list(iter(stopping, None)))
