# Exception-group splits give each part its own copy of a sequence of notes (none for a non-sequence), except*
# re-raises still recognise the parts, deep nesting hits the recursion limit, and the group types are generic.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("note1")
match, rest = eg.split(TypeError)
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__)
eg.__notes__ = 123
m2, r2 = eg.split(TypeError)
print(hasattr(m2, '__notes__'), hasattr(r2, '__notes__'))
eg.__notes__ = ("a", "b")
m3, r3 = eg.split(TypeError)
print(m3.__notes__, type(m3.__notes__).__name__)
def f():
    try:
        e = ExceptionGroup("outer", [ValueError(1), TypeError(2), KeyError(3)])
        e.add_note("outer note")
        raise e
    except* ValueError:
        raise
    except* TypeError as te:
        print("caught", repr(te), te.__notes__)
try:
    f()
except ExceptionGroup as g:
    print(repr(g), g.__notes__)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
e = TypeError(1)
for i in range(2000):
    e = ExceptionGroup('eg', [e])
try:
    e.split(TypeError)
except RecursionError as r:
    print("RecursionError", r)
try:
    e.subgroup(TypeError)
except RecursionError as r:
    print("RecursionError", r)
class Stack(list):
    pass
print(Stack[int], list[int], dict[str, list[int]], tuple[int, ...], set[bytes], frozenset[str], enumerate[str])
print(type(Stack[int]).__name__, Stack[int].__origin__ is Stack, list.__class_getitem__(int))
print("__class_getitem__" in dir(list), "__class_getitem__" in vars(dict), type[int])
