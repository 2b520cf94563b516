# rebuilding a signature string from __code__, __defaults__ and __kwdefaults__
def signature(fn):
    co = fn.__code__
    names = co.co_varnames
    npos = co.co_argcount
    nposonly = co.co_posonlyargcount
    nkw = co.co_kwonlyargcount
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        p = names[i]
        if i >= first_default:
            p += '=' + repr(defaults[i - first_default])
        parts.append(p)
        if nposonly and i == nposonly - 1:
            parts.append('/')
    idx = npos + nkw
    has_varargs = bool(co.co_flags & 0x04)
    has_varkw = bool(co.co_flags & 0x08)
    if has_varargs:
        parts.append('*' + names[idx])
    elif nkw:
        parts.append('*')
    for name in names[npos:npos + nkw]:
        parts.append(name + ('=' + repr(kwdefaults[name]) if name in kwdefaults else ''))
    if has_varkw:
        parts.append('**' + names[idx + has_varargs])
    return f'{fn.__name__}({", ".join(parts)})'
def a(x, y=1, *args, z, w='w', **kw): pass
def b(p, q=None, /, r=3): pass
def c(*, only): pass
def d(): pass
def e(*args): pass
for fn in (a, b, c, d, e, lambda m, n=[1]: 0):
    print(signature(fn))
