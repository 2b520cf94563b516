# print() to objects with write/flush, sys.stdout methods (write, writelines, flags), print argument errors,
# input() and sys.stdin at end of input.
import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append("<flush>")
w = W()
print("a", 1, None, sep="|", end="!\n", file=w, flush=True)
print(file=w)
print(*[1, 2, 3], sep="", file=w)
print(w.parts)
sys.stdout.write("direct\n")
n = sys.stdout.write("x")
print(n, sys.stdout.writable(), sys.stdout.encoding, sys.stdout.name if hasattr(sys.stdout, "name") else "")
print("é€", end="")
print()
sys.stdout.writelines(["l1\n", "l2\n"])
try:
    print(file=5)
except AttributeError as e:
    print(e)
try:
    print("x", end=5)
except TypeError as e:
    print(e)
try:
    x = input("prompt> ")
except EOFError as e:
    print("EOF:", repr(e))
print(repr(sys.stdin.read()), sys.stdin.readline() == "", list(sys.stdin))
print(sys.stdout.isatty(), sys.stdin.isatty(), sys.stdout.fileno() if False else "")
