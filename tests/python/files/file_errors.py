# What goes wrong when opening and using files, and how CPython words it.
PATH = "tests/python/files/file_errors.tmp"
open(PATH, "w").close()

for args, kwargs in [
    ((PATH, "rw"), {}), ((PATH, "q"), {}), ((PATH, "rr"), {}), ((PATH, "bt"), {}), ((PATH, ""), {}),
    ((PATH, "U"), {}), ((PATH, "+"), {}), ((PATH, "rb"), {"encoding": "utf-8"}), ((PATH, "rb"), {"errors": "x"}),
    ((PATH, "wb"), {"newline": ""}), ((PATH,), {"newline": "x"}), ((PATH,), {"newline": 5}),
    ((PATH,), {"encoding": 5}), ((PATH,), {"errors": 5}), ((PATH,), {"mode": 5}), ((PATH,), {"encoding": "nope"}),
    ((PATH,), {"buffering": "a"}), ((3.5,), {}), ((None,), {}), ((["a"],), {}),
    (("tests/python/files/no_such_dir/file.txt",), {}), (("tests/python/files",), {}),
    (("tests/python/files", "w"), {}), ((PATH, "x"), {}), (("",), {}), ((PATH + "/inside",), {}),
]:
    try:
        open(*args, **kwargs)
        print("opened", args, kwargs)
    except (OSError, ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e, getattr(e, "errno", "-"), getattr(e, "filename", "-"))

try:
    open("tests/python/files/missing.txt")
except FileNotFoundError as e:
    print(repr(e), e.args, e.strerror, isinstance(e, OSError), isinstance(e, IOError))

# Reading a file opened for writing, and the reverse.
with open(PATH, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__module__, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with open(PATH) as f:
    for action in (lambda: f.write("x"), lambda: f.writelines(["x"]), f.truncate):
        try:
            action()
        except OSError as e:
            print(type(e).__name__, e)
with open(PATH, "w") as f:
    for data in (5, b"bytes", None, ["list"]):
        try:
            f.write(data)
        except TypeError as e:
            print(e)
    try:
        f.writelines(["ok\n", 7])
    except TypeError as e:
        print(e)
print(repr(open(PATH).read()))

# Encodings: a character the encoding lacks, bytes that are not UTF-8.
with open(PATH, "w", encoding="ascii") as f:
    try:
        f.write("caf\u00e9")
    except UnicodeEncodeError as e:
        print(e)
open(PATH, "wb").write(b"caf\xe9\n")
try:
    open(PATH).read()
except UnicodeDecodeError as e:
    print(e)
print(repr(open(PATH, errors="replace").read()), repr(open(PATH, encoding="latin-1").read()))

# Seeking a text file relative to the current position or the end.
with open(PATH) as f:
    for args in ((3, 1), (-1, 2), (-1,), (0, 5), (0, 1), (0, 2)):
        try:
            print(f.seek(*args))
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
open(PATH)
