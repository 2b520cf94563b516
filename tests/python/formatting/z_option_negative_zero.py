# The z option of the format mini-language turns a negative zero (after rounding) positive, for floats and
# both parts of complex numbers; it is refused where it cannot apply.
tests = ["{0.:z.1f}", "{0.:z6.1f}", "{-1.:z6.1f}", "{-0.:z.1f}", "{.01:z.1f}", "{-0:z.1f}", "{-.01:z.1f}", "{-0.:z.2f}", "{-.001:z.2f}", "{-0.:z.1e}", "{-0.:z.1E}", "{-0.001:z.2e}", "{-0.:z.3g}", "{-0.:z}", "{-0.0:z%}", "{complex(-0.0, -0.0):z.1f}", "{-0.0:z,.2f}", "{-1e-10:z.3f}", "{-0.0:+z.1f}", "{-0.0: z.1f}", "{-0.0:z>10.1f}"]
for t in tests:
    try:
        print(t, repr(eval("f'" + t + "'")))
    except Exception as e:
        print(t, type(e).__name__, e)
for spec, v in [("z+f", 0), ("fz", 0), ("zd", 0), ("zs", "x"), ("z", 5), ("zn", 1.5)]:
    try:
        print(spec, format(v, spec))
    except ValueError as e:
        print(spec, e)
try:
    "%z.1f" % 0
except ValueError as e:
    print(e)
