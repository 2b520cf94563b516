# The int/str conversion limit (4300 digits) applies to %d, format() and str.format as it does to str().
def t(f):
    try:
        r = f()
        print(repr(r)[:80])
    except BaseException as e:
        print(type(e).__name__, str(e)[:200])
big = 10**5000
t(lambda: "%d" % big)
t(lambda: "%i" % -big)
t(lambda: b"%d" % big)
t(lambda: "{:d}".format(big))
t(lambda: "{:,}".format(big))
t(lambda: "{:n}".format(big))
t(lambda: format(big, "_"))
t(lambda: format(big, "e"))
t(lambda: "%x" % big)
t(lambda: big.__str__())
t(lambda: int.__repr__(big))
t(lambda: str(big).__len__())
t(lambda: ascii(big))
t(lambda: [big])
t(lambda: "%s" % big)
t(lambda: "%r" % big)
t(lambda: "%f" % big)
