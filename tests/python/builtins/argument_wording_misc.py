# Argument errors CPython words in a way of its own, found by a sweep of built-in calls.
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

# eval of an empty source: no line was read, so the error is at line 0
for src in ['', ' ', '\t', b'', '\n', '# c', '  \n']:
    show(f'eval({src!r})', lambda: eval(src))
try:
    eval('')
except SyntaxError as e:
    print(e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.args)
show("compile('', 'f', 'eval')", lambda: compile('', 'f', 'eval'))
show("exec('')", lambda: exec(''))

# property.__set_name__ counts its arguments itself
p = property()
for args in [(), (1,), (1, 2, 3)]:
    show(f'__set_name__{args}', lambda: p.__set_name__(*args))
show('__set_name__ kw', lambda: p.__set_name__(1, 2, x=3))
show('__set_name__ ok', lambda: p.__set_name__(object, 'name'))

# memoryview.tobytes checks its order; __exit__ takes no keywords
m = memoryview(b'ab')
for order in [None, 'C', 'F', 'A', 'Q', 1, b'C']:
    show(f'tobytes({order!r})', lambda: m.tobytes(order))
show('tobytes(order=)', lambda: m.tobytes(order='C'))
show('__exit__ kw', lambda: memoryview(b'').__exit__(x=1))
show('__exit__', lambda: memoryview(b'').__exit__(1, 2, 3))

# open() of a name no file can have
for name in ['\udc80', 'a\udcff/b', '']:
    show(f'open({name!r})', lambda: open(name))

# exec, eval and compile need the UTF-8 form of a str source: a lone surrogate fails before parsing
for src in ['\udc80', "x = '\udc80'", '# \udc80', 'a\x00b', '\udc80\x00']:
    show(f'exec({src!r})', lambda: exec(src, {}))
    show(f'eval({src!r})', lambda: eval(src, {}))
    show(f'compile({src!r})', lambda: compile(src, 'f', 'exec'))

# str arguments CPython reads as UTF-8 (and some as C strings, without NUL)
for arg in ['\udc80', '1\x00', 'double\x00', 'C\x00', 'C', 'double']:
    show(f'float.fromhex({arg!r})', lambda: float.fromhex(arg))
    show(f'float.__getformat__({arg!r})', lambda: float.__getformat__(arg))
    show(f'tobytes({arg!r})', lambda: memoryview(b'a').tobytes(arg))
    show(f'bytes.fromhex({arg!r})', lambda: bytes.fromhex(arg))
