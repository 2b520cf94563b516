def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def slice_assign(target, s, v):
    target[s] = v
    return target
t(lambda: slice_assign([1, 2, 3], slice(None, None, 2), 5))
t(lambda: slice_assign([1, 2, 3], slice(None, None, 0), 5))
t(lambda: slice_assign([1, 2, 3], slice(None, None, 1), 5))
t(lambda: slice_assign([1, 2, 3], slice(None, None, -1), 5))
t(lambda: slice_assign(bytearray(b"abc"), slice(None, None, 2), 5))
t(lambda: slice_assign(bytearray(b"abc"), slice(None, None, 2), "ab"))
t(lambda: slice_assign(bytearray(b"abc"), slice(None, None, 2), [1]))
t(lambda: slice_assign(bytearray(b"abc"), slice(0, 1), "ab"))
t(lambda: slice_assign(bytearray(b"abc"), slice(0, 1), [300]))
t(lambda: slice_assign(bytearray(b"abc"), 0, b"a"))
