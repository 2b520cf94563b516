# NaNs hash by identity (CPython 3.10+): the same NaN object finds itself in dicts and sets, distinct NaNs are
# distinct keys, and a complex with a NaN part hashes by its own identity; other floats hash by value.
nan = float("nan")
other = float("nan")
print(hash(nan) == hash(nan), hash(nan) != 0 or hash(other) != 0, hash(nan) == hash(other))
d = {nan: 1, other: 2}
print(len(d), d[nan], d[other], nan in d, float("nan") in d)
s = {nan, nan, other}
print(len(s))
c = complex(nan, 1)
print(hash(c) == hash(c), {c: 1}[c], hash(complex(1, 2)) == hash(complex(1, 2)), hash(1.5), hash(-0.0), hash(float("inf")))
print(hash(complex(float("inf"), 0)), hash(2.0) == hash(2), hash(complex(2, 0)) == hash(2))
