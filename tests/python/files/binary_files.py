# Binary files: bytes in, bytes out, positions in bytes.
PATH = "tests/python/files/binary_files.tmp"

with open(PATH, "wb") as f:
    print(type(f).__name__, f.mode, f.name)
    print(f.write(b"\x00\x01\x02header\n"), f.write(bytearray(b"line two\r\n")), f.write(bytes(range(250, 256))))
    print(f.tell())
    try:
        f.write("text")
    except TypeError as e:
        print(e)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)

with open(PATH, "rb") as f:
    print(type(f).__name__, f.mode, f.read(3), f.tell())
    print(f.readline(), f.readline(4), f.readline())
    print(f.read(), f.read(), f.tell())
    print(f.seek(0), f.read(1), f.seek(-2, 2), f.read(), f.seek(-3, 1), f.read(1))
    print(f.seek(100), f.read(), f.tell())
    try:
        f.seek(-1)
    except OSError as e:
        print(type(e).__name__, e, e.errno)
    try:
        f.read(-5)
    except ValueError as e:
        print(e)
    f.seek(0)
    print(f.readlines())
    f.seek(0)
    print([len(chunk) for chunk in f])

data = open(PATH, "rb").read()
print(len(data), data[:3], data[-6:], list(data[-6:]), data.count(b"\n"))
print(data.decode("latin-1")[3:9], data[3:9].decode())

with open(PATH, "ab") as f:
    print(f.mode, f.tell(), f.write(b"!"))
with open(PATH, "r+b") as f:
    print(type(f).__name__, f.mode, f.read(2))
    f.seek(0)
    f.write(b"XY")
    f.seek(0)
    print(f.read(5))
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
print(open(PATH, "rb").read(), open(PATH).read())

# Copying a file in chunks.
COPY = "tests/python/files/binary_files_copy.tmp"
with open(PATH, "wb") as f:
    f.write(bytes(range(256)) * 40)
with open(PATH, "rb") as src, open(COPY, "wb") as dst:
    chunks = 0
    while True:
        chunk = src.read(4096)
        if not chunk:
            break
        dst.write(chunk)
        chunks += 1
print(chunks, open(COPY, "rb").read() == open(PATH, "rb").read(), len(open(COPY, "rb").read()))
