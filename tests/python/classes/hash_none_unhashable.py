# __hash__ = None makes instances unhashable; defining __eq__ alone does the same
class Unhashable:
    __hash__ = None
class EqOnly:
    def __eq__(self, o): return True
class EqAndHash:
    def __eq__(self, o): return isinstance(o, EqAndHash)
    def __hash__(self): return 7
for cls in (Unhashable, EqOnly):
    try:
        hash(cls())
    except TypeError as e:
        print('TypeError:', e)
    print(cls.__hash__)
try:
    {EqOnly(): 1}
except TypeError as e:
    print('TypeError:', e)
try:
    {Unhashable()}
except TypeError as e:
    print('TypeError:', e)
print(hash(EqAndHash()), len({EqAndHash(), EqAndHash()}))
class Sub(EqAndHash):
    def __eq__(self, o): return False
try:
    hash(Sub())
except TypeError as e:
    print('TypeError:', e)
class Sub2(EqAndHash):
    pass
print(hash(Sub2()))
class HashBig:
    def __hash__(self): return 2**100
print(hash(HashBig()) == hash(2**100))
class HashStr:
    def __hash__(self): return 'x'
try:
    hash(HashStr())
except TypeError as e:
    print('TypeError:', e)
