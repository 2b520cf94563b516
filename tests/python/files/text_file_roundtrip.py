# Writing a text file, then reading it back every common way.
PATH = "tests/python/files/text_file_roundtrip.tmp"

with open(PATH, "w") as f:
    print(f.closed, f.mode, f.name, f.encoding, f.errors)
    print(f.write("first line\n"))
    f.writelines(["second line\n", "third line\n"])
    print("fourth", "line", sep="-", file=f)
    print(f.writable(), f.readable(), f.seekable(), f.tell())
print(f.closed)

with open(PATH) as f:
    print(repr(f.read()))
with open(PATH) as f:
    print(repr(f.readline()), repr(f.readline(6)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(PATH) as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip("\n").upper())
print(open(PATH).read().splitlines())
print([len(line) for line in open(PATH)])
print(list(open(PATH, "r")) == open(PATH).readlines())

# Appending keeps what is there; "w" starts again.
with open(PATH, "a") as f:
    print(f.tell())
    f.write("appended\n")
print(open(PATH).read().count("\n"))
open(PATH, "w").write("replaced\n")
print(repr(open(PATH).read()))

# Counting words, the classic exercise.
with open(PATH, "w") as f:
    f.write("the quick brown fox\njumps over\nthe lazy dog\n\nthe end\n")
counts = {}
with open(PATH) as f:
    for line in f:
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
lines = open(PATH).readlines()
print(len(lines), sum(1 for line in lines if not line.strip()), max(lines, key=len).strip())

# A file object used after the with block is closed.
print(f.closed)
for action in (f.read, f.readline, f.readlines, lambda: f.write("x"), f.tell, f.flush, lambda: next(f),
               lambda: iter(f), lambda: f.seek(0), f.__enter__, lambda: f.writelines([])):
    try:
        action()
    except ValueError as e:
        print(type(e).__name__, e)
f.close()
print("closing twice is fine")
