# The binary layer of the standard streams, as fast-input programs use it: sys.stdin.buffer reads bytes,
# sys.stdout.buffer writes bytes (flushing the text layer first keeps the order CPython's buffering gives).
import sys

readline = sys.stdin.buffer.readline
n = int(readline())
grid = [readline().split() for _ in range(n)]
print(n, grid)
rest = sys.stdin.buffer.read().split()
numbers = list(map(int, rest))
print(rest, sum(numbers), max(numbers))
print(sys.stdin.buffer.read(), sys.stdin.buffer.readline(), sys.stdin.buffer.readlines())
print(sys.stdin.buffer, sys.stdout.buffer, sys.stderr.buffer.name, sys.stdout.buffer.mode, sys.stdin.buffer.mode)

out = sys.stdout.buffer
print("text then ", end="")
sys.stdout.flush()
written = out.write(b"bytes\n")
out.write(bytearray(b"a bytearray\n"))
out.writelines([b"joined ", b"lines\n"])
out.write("\n".join(str(x * x) for x in numbers).encode() + b"\n")
out.flush()
print("wrote", written)
try:
    out.write("a str")
except TypeError as e:
    print(e)
out.flush()
print(out.writable(), out.readable(), sys.stdin.buffer.readable(), out.fileno(), sys.stdin.buffer.fileno())
