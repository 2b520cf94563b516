# The messages of many common TypeError/ValueError/etc. raised by builtins, operators and statements.
cases = [
 "1 + 'a'", "'a' + 1", "[1] + (1,)", "1 < 'a'", "[] < {}", "None()", "1[0]", "None[0]", "len(5)", "iter(5)", "next([1])",
 "{}[[]]", "{[]: 1}", "set([[1]])", "hash([])", "'abc'[1.5]", "[1][None]", "(1,2)['a']", "int('abc')", "int('')", "float('x')",
 "int(None)", "float([])", "complex('x')", "abs('a')", "-'a'", "~1.5", "+[]", "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "divmod(1, 0)", "0 ** -1", "0.0 ** -1",
 "2 ** 10000 * 1.0", "float(10**400)", "'a' * 'b'", "'a' * 1.5", "[1] * [2]", "del x_undefined", "undefined_name", "1 .foo", "'x'.nope", "object().x",
 "type.x", "int.from_bytes()", "[].pop()", "[1].pop(5)", "{}.pop('k')", "set().pop()", "[].remove(1)", "(1,).index(2)", "'abc'.index('z')", "[1].index(2)",
 "dict([(1,2,3)])", "dict([1])", "a, b = [1, 2, 3]", "a, b = [1]", "a, *b, c = [1]", "a, b = 1", "chr(-1)", "chr(0x110000)", "ord('ab')", "ord('')",
 "range(1.5)", "range(0, 10, 0)", "list(range(10))[::0]", "'%d' % 'a'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'{}'.format()", "'{0} {}'.format(1, 2)", "'{x}'.format()",
 "format(1, 'z')", "format('a', 'd')", "format(1.5, 'd')", "f'{1:abc}'", "'abc'.encode('nope')", "b'\\xff'.decode()", "bytes([256])", "bytes('a')", "bytearray(-1)",
 "sum(['a', 'b'])", "sum([[1]], [])", "max()", "max([])", "min(1)", "sorted([1, 'a'])", "[3, 'a'].sort()", "isinstance(1, 1)", "issubclass(1, int)", "getattr(1)", "setattr(1, 'x', 2)",
 "object.__setattr__(1, 'x', 2)", "type('A', (1,), {})", "type(1, 2)", "super()", "int.__add__('a', 1)", "str.upper(1)", "(lambda: 0).__call__(1)", "round('a')", "round(1.5, 'a')",
 "pow(2, 3, 0)", "pow(2.0, 3, 5)", "pow(2, -1, 4)", "slice(1)[0]", "memoryview(1)", "frozenset().add(1)", "().append(1)", "'abc'.startswith(1)", "'a'.replace(1, 2)", "str(b'a', 'nope')",
 "int('10', 1)", "int('10', 37)", "int(10, 2)", "float.fromhex('zz')", "'a'.center('x')", "'a'.center(5, 'xy')", "list(1)", "tuple(1)", "dict(1)", "zip(1)", "map(None)", "filter()", "enumerate(1)",
 "reversed(1)", "reversed({})", "vars(1)", "dir(1, 2)", "1 in 1", "'a' in 1", "1 in 'abc'", "[] in {}", "aiter(1)", "open(1.5)", "print(end=5)", "exec(1)", "eval('1+')", "compile('x', 'f', 'bad')",
 "int.real.__set__(1, 2)", "(1).real = 2", "x = 1; x.y = 2", "del (1).real", "[].__len__ = 1", "object().__dict__", "type.__dict__['__name__'].__get__(1)", "NotImplemented()", "Ellipsis + 1",
 "import nonexistent", "from sys import nope", "assert False, 'msg'", "assert 1 == 2", "raise 5", "raise Exception from 5", "[x for x in 5]", "{**[]}", "[*5]", "print(*1)", "f(**[])",
 "str.join()", "'x'.join(5)", "bool.__new__(int)", "int.__new__(str)", "object.__new__(int)", "list.__init__(5)", "complex(1, 'a')", "1j < 2j", "abs", "bin(1.5)", "hex('a')", "oct([])",
]
def f(**k): pass
for c in cases:
    try:
        exec(c)
        print('OK', c)
    except Exception as e:
        print(f'{c!r:35} {type(e).__name__}: {e}')
