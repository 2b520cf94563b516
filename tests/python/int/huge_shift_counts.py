# Shifts by enormous counts: right shifts leave 0 or -1, zero shifted left stays zero, a negative count is
# always an error, and a genuinely huge left shift overflows.
huge = 1 << 1000
for f in [lambda: 42 >> huge, lambda: -42 >> huge, lambda: 2**128 >> huge, lambda: -2**128 >> huge, lambda: 0 << huge, lambda: 0 << -1, lambda: 0 << -huge, lambda: 1 << huge, lambda: 1 >> -huge, lambda: 5 >> 64, lambda: -5 >> 64, lambda: 1 << 64, lambda: -1 << 100, lambda: True << 3, lambda: 3 >> True, lambda: 2**100 >> 98, lambda: 0 >> huge, lambda: (1 << 62) << 1, lambda: -(1<<63) >> 1]:
    try:
        print(f())
    except (ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
