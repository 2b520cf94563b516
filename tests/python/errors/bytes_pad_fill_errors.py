# bytes/bytearray center, ljust and rjust take a fill of one byte; None is named as None, other values by type.
for method in ("center", "ljust", "rjust"):
    for fill in (None, "x", b"xy", 5, bytearray(b"-"), b"*"):
        for data in (b"ab", bytearray(b"ab")):
            try:
                print(method, repr(fill), repr(getattr(data, method)(6, fill)))
            except TypeError as e:
                print(method, repr(fill), "!!", e)
