# readlines(hint) stops once the lines read so far exceed hint characters; 0, negative and None read all.
PATH = "tests/python/files/readlines_hint.tmp"
with open(PATH, "w") as f:
    f.write("ab\ncd\nef\nh\u00e9\n")

for hint in (None, -1, 0, 1, 2, 3, 4, 6, 7, 9, 10, 100):
    with open(PATH) as f:
        print(hint, f.readlines(hint) if hint is not None else f.readlines())
with open(PATH) as f:
    print(f.readline(), f.readlines(3), f.readlines(3))
with open(PATH, "rb") as f:
    print(f.readlines(9), f.readlines(1))
