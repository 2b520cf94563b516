# Objects whose conversion methods return the wrong types, through formatting, indexing and constructors:
# %c and bytes() reword or fall through on a bad __index__, size errors name the object's own type.
def t(f):
    try:
        r = f()
        print(repr(r)[:90])
    except BaseException as e:
        print(type(e).__name__, str(e)[:150])
class W:
    def __init__(self, **kw): self.__dict__.update(kw)
    def __format__(self, spec): return self.fmt
    def __str__(self): return self.s
    def __repr__(self): return self.r
    def __index__(self): return self.i
    def __float__(self): return self.f
    def __int__(self): return self.n
bad = [1, None, b"x", 1.5, [1], "ok", True, 2**100]
for v in bad:
    w = W(fmt=v, s=v, r=v, i=v, f=v, n=v)
    for fn in [lambda: format(w), lambda: f"{w}", lambda: "{}".format(w), lambda: "%s" % w, lambda: "%r" % w, lambda: "%d" % w,
               lambda: "%x" % w, lambda: "%f" % w, lambda: "%c" % w, lambda: "%i" % (w,), lambda: b"%d" % w, lambda: b"%s" % w,
               lambda: str(w), lambda: repr(w), lambda: [1, 2][w], lambda: hex(w), lambda: float(w), lambda: int(w), lambda: round(w),
               lambda: "abc"[w:], lambda: range(w), lambda: chr(w), lambda: "a" * w, lambda: bytes(w), lambda: complex(w), lambda: f"{w!s:>5}", lambda: f"{w:>{w}}"]:
        t(fn)
