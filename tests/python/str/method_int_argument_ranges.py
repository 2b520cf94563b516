# Integer arguments of str/bytes methods are C ssize_t (split maxsplit, replace count, widths) or C int
# (expandtabs): out of range is OverflowError, checked before the other arguments; the most negative width
# simply leaves the text alone.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


big, small = 2**63, -2**63
for s in ["ab c", b"ab c", bytearray(b"ab c")]:
    sp = " " if isinstance(s, str) else b" "
    t(lambda: s.split(sp, big))
    t(lambda: s.rsplit(None, big))
    t(lambda: s.split(sp, small))
    t(lambda: s.replace(sp, sp, big))
    t(lambda: s.replace(sp, sp, small))
    t(lambda: s.center(small))
    t(lambda: s.ljust(small, sp))
    t(lambda: s.rjust(big))
    t(lambda: s.zfill(small))
    t(lambda: s.zfill(big))
    t(lambda: s.expandtabs(2**31))
    t(lambda: s.expandtabs(-2**31 - 1))
    t(lambda: s.expandtabs(-2**31))
    t(lambda: s.center(big, sp + sp))
    t(lambda: s.split(1, big))
