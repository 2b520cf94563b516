# An exception thrown into a generator that never started is raised at its def line.
import sys


def gen():
    x = 1
    yield x


g = gen()
print(g.gi_frame.f_lineno)
try:
    g.throw(ValueError("x"))
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name)


def started():
    yield 1
    yield 2


g = started()
next(g)
print(g.gi_frame.f_lineno)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_lineno)

g = (c for c in "ab")
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print(e.__traceback__.tb_next.tb_lineno)
