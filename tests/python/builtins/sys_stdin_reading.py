# Reading standard input through sys.stdin, mixed with input().
import sys

print(repr(sys.stdin), sys.stdin.name, sys.stdin.mode, sys.stdin.encoding, sys.stdin.isatty())
count = int(input())
pairs = [tuple(map(int, sys.stdin.readline().split())) for _ in range(count)]
print(pairs, [a * b for a, b in pairs])
print(repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
print(repr(input("prompt> ")))
for line in sys.stdin:
    if line.strip() == "stop":
        break
    print("line:", line.rstrip("\n")[::-1])
print(sys.stdin.readlines()[:2])
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    input()
except EOFError as e:
    print("EOFError:", e)
