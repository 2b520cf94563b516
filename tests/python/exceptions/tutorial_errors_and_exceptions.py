# Python tutorial ch. 8 style: OSError subclasses by errno, exception attributes, finally, with, chaining; ends uncaught.
e = OSError(2, 'No such file or directory')
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
e = OSError(2, 'No such file', 'foo.txt'); print(type(e).__name__, e, repr(e))
e = OSError(13, 'Perm', 'a', None, 'b'); print(type(e).__name__, e, e.filename2)
print(type(OSError(17, 'x')).__name__, type(OSError(32, 'x')).__name__, type(OSError(11, 'x')).__name__, type(OSError(99999, 'x')).__name__, type(OSError('just msg')).__name__, OSError('a', 'b', 'c', 'd', 'e', 'f').args)
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError('k', 'v')), str(KeyError()), repr(ValueError()), str(ValueError(1, 2)), repr(Exception('a', 1)))
try: b'\xff'.decode('utf-8')
except UnicodeDecodeError as e: print(e, e.encoding, e.start, e.end, e.reason, e.object)
try: 'ü'.encode('ascii')
except UnicodeEncodeError as e: print(e, repr(e))
try: compile('x = (', 'file.py', 'exec')
except SyntaxError as e: print(repr(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
try: exec('def f():\n  x = 1\n y = 2')
except IndentationError as e: print(type(e).__name__, e)
se = SyntaxError('msg', ('f', 1, 2, 'text', 1, 3)); print(se, se.args)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, KeyboardInterrupt.__mro__)
print(sorted(c.__name__ for c in BaseException.__subclasses__()), ArithmeticError.__subclasses__(), LookupError.__subclasses__()[:2])
def divide(x, y):
    try: result = x / y
    except ZeroDivisionError: print("division by zero!")
    else: print("result is", result)
    finally: print("executing finally clause")
divide(2, 1); divide(2, 0)
try: divide("2", "1")
except TypeError as e: print('TE', e)
def bool_return():
    try: return True
    finally: return False
print(bool_return())
def fin_break():
    for i in range(3):
        try: raise ValueError
        finally: break
    return i
print(fin_break())
def fin_continue():
    out = []
    for i in range(3):
        try:
            if i == 1: raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
print(fin_continue())
class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    def __enter__(self): print('enter', self.name); return self
    def __exit__(self, et, ev, tb): print('exit', self.name, et.__name__ if et else None, ev); return self.suppress
with CM('a') as a, CM('b', True) as b:
    raise KeyError('x')
print('after suppressed')
with (CM('p1'), CM('p2')):
    pass
try:
    with CM('outer'):
        with CM('inner', True):
            raise ValueError('v')
        raise TypeError('t')
except TypeError as e: print('caught', e)
class BadExit:
    def __enter__(self): return 1
    def __exit__(self, *a): raise RuntimeError('exit failed')
try:
    with BadExit(): raise ValueError('body')
except RuntimeError as e: print(repr(e), repr(e.__context__))
try:
    with 5: pass
except TypeError as e: print(e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except TypeError as e: print(e)
try:
    try: raise ValueError('first')
    except ValueError: raise TypeError('second') from None
except TypeError as e: print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
e = None
try:
    raise KeyError
except KeyError as e: pass
try: print(e)
except NameError as err: print(err)
def exc_info_like():
    try: raise IndexError('idx')
    except IndexError as err: return err.__traceback__ is not None, err.__traceback__.tb_lineno
print(exc_info_like())
class MyError(Exception):
    def __init__(self, value): self.value = value
    def __str__(self): return repr(self.value)
try: raise MyError(2*2)
except MyError as e: print('My exception occurred, value:', e.value, e, repr(e), e.args)
class E2(Exception):
    def __init__(self, a, b): super().__init__(a); self.b = b
print(repr(E2(1, 2)), str(E2(1, 2)))
try: raise E2
except TypeError as e: print(e)
err = ValueError('orig'); err2 = err.with_traceback(None); print(err is err2)
print(Exception.__str__(KeyError('z')), BaseException.__repr__(KeyError('z')), str(Exception()), repr(Exception()), KeyError('a').__reduce__()[1])
e = Exception(); e.args = (1, 2); print(e, repr(e)); e.args = ['x']; print(e.args)
print(isinstance(ExceptionGroup('x', [ValueError()]), Exception), ExceptionGroup.__mro__, BaseExceptionGroup.__bases__)
raise ValueError('final') from KeyError('cause')
