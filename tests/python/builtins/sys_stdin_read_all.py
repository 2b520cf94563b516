# The whole of standard input at once, as contest-style programs read it.
import sys

data = sys.stdin.read()
numbers = list(map(int, data.split()))
print(len(data), len(numbers), sum(numbers), max(numbers))
print(repr(sys.stdin.read()), sys.stdin.readlines())
