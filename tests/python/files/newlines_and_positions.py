# Newline translation when reading and writing text, and text-file positions.
PATH = "tests/python/files/newlines_and_positions.tmp"

with open(PATH, "wb") as f:
    f.write(b"unix\nwindows\r\nold mac\rend")
for newline in (None, "", "\n", "\r", "\r\n"):
    with open(PATH, newline=newline) as f:
        print(repr(newline), f.readlines())
    with open(PATH, newline=newline) as f:
        print(repr(newline), repr(f.read()))
with open(PATH) as f:
    print(repr(f.read(6)), repr(f.read(7)), repr(f.read(2)), repr(f.read()))

for newline in (None, "", "\n", "\r", "\r\n"):
    with open(PATH, "w", newline=newline) as f:
        f.write("a\nb\r\nc\n")
    print(repr(newline), open(PATH, "rb").read())

# tell() is the byte offset of the next character; seek() takes it back.
with open(PATH, "w", encoding="utf-8") as f:
    f.write("h\u00e9llo\nw\u00f6rld\n\u20ac uro\n")
with open(PATH, encoding="utf-8") as f:
    marks = []
    while True:
        marks.append(f.tell())
        if not f.readline():
            break
    print(marks)
    f.seek(marks[1])
    print(repr(f.readline()), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0), repr(f.read(3)), f.tell())

# Reading and writing in the same file.
with open(PATH, "w+") as f:
    f.write("hello world")
    f.seek(0)
    print(repr(f.read()))
    f.seek(6)
    f.write("there")
    f.seek(0)
    print(repr(f.read()), f.tell())
    print(f.truncate(5), repr(open(PATH).read()))
with open(PATH, "a+") as f:
    print(repr(f.read()), f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.write("!")
print(repr(open(PATH).read()))
