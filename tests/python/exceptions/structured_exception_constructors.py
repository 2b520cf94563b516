# Constructors and str() of the exceptions with structured attributes: SyntaxError details (checked as CPython
# checks them), OSError, KeyError, StopIteration, SystemExit, ImportError, AttributeError, the UnicodeErrors.
for args in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1), ("f", 1, 2, "t"), ("f", 1, 2, "t", 1, 5), 5]:
    try:
        e = SyntaxError("msg", args)
        print(repr(e), e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
    except TypeError as ex:
        print("TypeError", ex)
e = SyntaxError()
print(repr(e), e.msg, e.filename, str(e))
e = SyntaxError("only")
print(repr(e), e.msg, str(e), e.args)
e = SyntaxError("m", ("f.py", None, None, None))
print(str(e))
e = SyntaxError("m", ("f.py", 3, None, None))
print(str(e))
e = IndentationError("bad indent", ("x.py", 2, 1, "  y\n"))
print(str(e), e.text)
print(repr(OSError(2, "No such file", "f.txt")), str(OSError(2, "No such file", "f.txt")), OSError(2, "x").errno, type(OSError(2, "x")).__name__)
print(str(OSError(1, "a", "f", None, "g")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
print(repr(StopIteration(1, 2)), StopIteration(1, 2).value, StopIteration().value, repr(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(str(ImportError("x", name="m", path="p")), ImportError("x", name="m").name, repr(ImportError("x", name="m")))
try:
    ImportError("x", bogus=1)
except TypeError as ex:
    print(ex)
print(repr(AttributeError("a", name="n", obj=5)), AttributeError("a", name="n", obj=5).obj, NameError("x", name="y").name)
print(str(UnicodeEncodeError("ascii", "é", 0, 1, "no")), str(UnicodeTranslateError("é", 0, 1, "no")))
print(BaseException.__new__(ValueError).args, ValueError.__new__(ValueError, 1, 2).args)
