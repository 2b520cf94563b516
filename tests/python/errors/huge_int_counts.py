# Ints too big for a machine-sized count or index: OverflowError (whatever the sign), IndexError for
# subscripts, as CPython reports them.
for f in [lambda: "a" * 2**100, lambda: "" * 2**100, lambda: "a" * -2**100, lambda: [1] * -2**64, lambda: b"x" * 2**70, lambda: (1,) * 2**63, lambda: "abc"[2**100], lambda: [1, 2][-2**100],
          lambda: "abc"[2**100:], lambda: range(2**100)[2**99], lambda: len(range(2**100)), lambda: "%*d" % (2**100, 1), lambda: "%*d" % (-2**100, 1), lambda: chr(2**100),
          lambda: "abc".find("a", 2**100), lambda: "a" * -5, lambda: [1, 2] * 0]:
    try:
        print("ok", f())
    except (OverflowError, MemoryError, IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
