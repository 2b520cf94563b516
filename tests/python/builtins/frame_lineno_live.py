# A frame's f_lineno follows the code as it runs: read from the running frame, from a caller's frame
# (the line of its pending call) and from a suspended generator's frame (the line of its yield).
import sys


def steps():
    frame = sys._getframe()
    first = frame.f_lineno
    second = frame.f_lineno

    third = frame.f_lineno
    return second - first, third - first


print(steps())


def report_caller():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno - caller.f_code.co_firstlineno


def outer():
    x = 1
    a = report_caller()
    x += 1
    b = report_caller()
    return a, b


print(outer())


def counting():
    yield 1
    yield 2

    yield 3


g = counting()
start = g.gi_frame.f_lineno - counting.__code__.co_firstlineno
lines = []
for _ in g:
    if g.gi_frame is not None:
        lines.append(g.gi_frame.f_lineno - counting.__code__.co_firstlineno)
print(start, lines, g.gi_frame)


def loop_lines():
    frame = sys._getframe()
    seen = []
    for i in range(3):
        if i % 2:
            seen.append(frame.f_lineno - loop_lines.__code__.co_firstlineno)
        else:
            seen.append(frame.f_lineno - loop_lines.__code__.co_firstlineno)
    return seen


print(loop_lines())
