# Set subclasses: a repr that reaches itself shows Name(...), and an (unhashable) set subclass instance is
# looked up in a set as the frozenset of its members, as plain sets are.
class ReprWrapper:
    def __repr__(self):
        return repr(self.value)
class SetSubclass(set): pass
class FS(frozenset): pass
for t in (set, frozenset, SetSubclass, FS):
    w = ReprWrapper()
    s = t([w])
    w.value = s
    print(repr(s))
s = SetSubclass("abc")
print("a" in s, SetSubclass("ab") in {frozenset("ab")})
t = {frozenset("xy"), 3}
print(SetSubclass("xy") in t, set("xy") in t)
t.discard(SetSubclass("xy")); print(t)
t.add(frozenset("q"))
t.remove(set("q")); print(t)
try:
    t.remove(SetSubclass("zz"))
except KeyError as e:
    print("KeyError", e)
class L(list): pass
try:
    L() in t
except TypeError as e:
    print(e)
print(repr(SetSubclass()), repr(FS()), repr(SetSubclass([1])), str(FS([2])))
