# __class__ can change between classes whose instances have the same layout, built-in subclasses included
def change(obj, cls):
    try:
        obj.__class__ = cls
        print('now', type(obj).__name__)
    except TypeError as e:
        print('TypeError:', e)
class L1(list): pass
class L2(list):
    def total(self):
        return sum(self)
class NoDict(list):
    __slots__ = ()
class D1(dict): pass
class S1(str): pass
class S2(str):
    def shout(self):
        return self.upper() + '!'
class I1(int): pass
class I2(int): pass
class T1(tuple): pass
class T2(tuple): pass
class Plain: pass
class Other: pass
class Slot:
    __slots__ = ('a',)
class Slot2:
    __slots__ = ('a',)
class Empty:
    __slots__ = ()
l = L1([1, 2])
change(l, L2)
print(l.total(), isinstance(l, L2), l + [3])
change(l, NoDict)
change(l, D1)
change(l, list)
change(l, Plain)
s = S1('hey')
change(s, S2)
print(s.shout(), s == 'hey')
change(I1(3), I2)
change(T1((1,)), T2)
change(Plain(), Other)
change(Plain(), Empty)
change(Plain(), L1)
change(Slot(), Slot2)
change(Slot(), Plain)
change(3, I1)
