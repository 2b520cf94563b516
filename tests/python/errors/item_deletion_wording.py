# CPython says "doesn't support item deletion" once it reached the sequence protocol (an integer key and a
# type with sequence slots), "does not" otherwise; item assignment is always "does not".
class B: pass
class G:
    def __getitem__(self, k): return k
for o, k in [((1, 2), 0), ((1, 2), 'a'), (5, 0), (B(), 0), (B(), 'a'), (G(), 0), (G(), 'a'), ('s', 0), ({1}, 0), (frozenset(), 0), (range(3), 0), ({}.keys(), 0), (b'x', 0), (None, 0), (1.5, 'a'), (G(), 1.5), ((1,), True)]:
    try: del o[k]
    except TypeError as e: print(e)
    try: o[k] = 1
    except TypeError as e: print(e)
