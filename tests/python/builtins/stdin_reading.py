# sys.stdin and input() share one input: sized reads, readline, iteration, readlines, read to EOF.
import sys
print(repr(sys.stdin.read(3)), repr(sys.stdin.readline(2)), repr(sys.stdin.readline(-1)))
print(repr(input()), repr(sys.stdin.read(0)), sys.stdin, sys.stdin.name, sys.stdin.isatty(), sys.stdin.readable())
words = {}
for line in sys.stdin:
    if line == "stop\n":
        break
    for w in line.split():
        words[w] = words.get(w, 0) + 1
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0])))
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines(), list(sys.stdin))
try:
    sys.stdin.readline(None)
except TypeError as e:
    print("TypeError:", e)
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
