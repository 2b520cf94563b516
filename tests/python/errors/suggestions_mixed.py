# 'Did you mean' suggestions for attributes, names, slots and imports.
import sys
def t(f):
    try:
        f()
    except (NameError, AttributeError, ImportError) as e:
        print(type(e).__name__, e)
        import sys as _s
class Car:
    def __init__(self):
        self.speed = 1
        self.color = "red"
    def accelerate(self): pass
    def run(self):
        return speed
c = Car()
t(lambda: c.sped)
t(lambda: c.colour)
t(lambda: c.accelrate())
t(lambda: c.run())
t(lambda: Car.accelerat)
t(lambda: sys.argvv)
t(lambda: sys.maxsise)
t(lambda: prnt("x"))
t(lambda: lenn([]))
t(lambda: [].appendd(1))
t(lambda: "".strp())
t(lambda: {}.iterms())
t(lambda: (1).bit_lenght())
t(lambda: Nonee)
t(lambda: true)
t(lambda: none)
t(lambda: c.__dict__["x"] if False else c.xyzzy_long_name_nothing_close)
t(lambda: c.s)
t(lambda: c.sp)
def scope():
    counter = 0
    def inner():
        return countr
    return inner()
t(scope)
t(lambda: exec("from sys import argvv"))
t(lambda: exec("import sys; sys.stdot"))
class Slots:
    __slots__ = ("alpha", "beta")
s = Slots()
t(lambda: s.alpha)
t(lambda: s.alpah)
t(lambda: setattr(s, "gamma", 1))
class Mod:
    pass
m = Mod()
m.value_one = 1
t(lambda: m.value_on)
t(lambda: m.Value_one)
t(lambda: getattr(m, "valueone"))
t(lambda: type.mro_)
t(lambda: int.from_byte)
t(lambda: ValueErorr)
t(lambda: ZeroDivisonError)
t(lambda: isinstnace(1, int))
x_position = 1
t(lambda: x_postion)
t(lambda: X_position)
