# List/tuple ordering compares the first differing items with the operator itself and returns its result
# as is; join turns any TypeError getting the iterator into 'can only join an iterable'.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class OnlyLE:
    def __le__(self, o): return "le-result"
    def __ge__(self, o): return "ge-result"
class W:
    def __eq__(self, o): return None
    def __lt__(self, o): return None
    def __gt__(self, o): return [1]
t(lambda: [OnlyLE()] <= [1])
t(lambda: (OnlyLE(),) >= (1,))
t(lambda: [OnlyLE()] < [1])
t(lambda: [W()] < [1])
t(lambda: [W()] > [1])
t(lambda: (W(), 2) < (1, 3))
t(lambda: [1, 2] < [1, 2, 3])
t(lambda: [1, 2] >= [1, 2])
t(lambda: [1, [2]] < [1, [3]])
t(lambda: [1, "a"] < [1, 2])
t(lambda: [float("nan")] < [float("nan")])
t(lambda: [float("nan")] == [float("nan")])
n = float("nan")
t(lambda: [n] == [n])
t(lambda: [n] <= [n])
t(lambda: (1, 2) != (1, 2, 3))
t(lambda: sorted([(2, "b"), (1, "z"), (2, "a")]))
t(lambda: "".join(W.__dict__.get("x", "ab")))
class BadIter:
    def __iter__(self): return 5
t(lambda: "".join(BadIter()))
t(lambda: b"".join(BadIter()))
