# Nothing may assign to, delete or take as a parameter the constant __debug__; reading it is fine.
cases = ['obj.__debug__ = 1', '__debug__ = 1', '(__debug__ := 1)', 'del __debug__', 'del obj.__debug__', '(a, __debug__, c) = (1, 2, 3)', '(a, *__debug__, c) = (1, 2, 3)', 'f(__debug__=1)', '__debug__: int', '__debug__ += 1', 'obj.__debug__ += 1', 'def f(*, x=lambda __debug__:0): pass', 'def f(**__debug__): pass', 'def f(*xx, __debug__): pass', 'def f(__debug__): pass', 'def __debug__(): pass', 'class __debug__: pass', 'import __debug__', 'import a as __debug__', 'from a import __debug__', 'for __debug__ in x: pass', 'with a as __debug__: pass', 'try:\n  pass\nexcept E as __debug__:\n  pass', 'x = __debug__', 'print(__debug__)', 'lambda __debug__: 0', '[__debug__ for __debug__ in x]', 'match x:\n  case __debug__: pass', 'global __debug__', 'obj.__debug__']
for s in cases:
    try:
        compile(s, "s", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_offset)
print(__debug__)
