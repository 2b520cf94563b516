# Constructing built-in exceptions: BlockingIOError's third argument as characters written, Unicode errors
# checking their argument types (no internal errors), then every built-in exception with assorted arguments.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
t(lambda: UnicodeDecodeError("utf-8", "ab", 0, 1, "bad"))
t(lambda: UnicodeDecodeError("utf-8", b"ab", "0", 1, "bad"))
t(lambda: UnicodeDecodeError("utf-8", bytearray(b"ab"), 0, 1, "bad").object)
t(lambda: UnicodeEncodeError("ascii", "ab", 0, 1.5, "bad"))
t(lambda: UnicodeEncodeError("ascii", "ab", 0, 1, 5))
t(lambda: UnicodeTranslateError(b"ab", 0, 1, "x"))
t(lambda: str(UnicodeTranslateError("ab", 0, 1, "x")))
t(lambda: BlockingIOError(11, "busy", 5).characters_written)
t(lambda: str(BlockingIOError(11, "busy", 5)))
t(lambda: BlockingIOError(11, "busy", 5).args)
t(lambda: str(BlockingIOError(11, "busy", "file")))
t(lambda: BlockingIOError(11, "busy", 1.5))
import builtins
excs = sorted((n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)))
argsets = [(), ("m",), (1, 2), ("a", "b", "c"), (2, "No such"), (2, "No such", "f.txt"), (2, "x", "f", 5, "g"), ("utf-8", b"ab", 0, 1, "bad"), ("ab", 0, 1, "bad"), (None,), ([1],)]
for n in excs:
    E = getattr(builtins, n)
    for a in argsets:
        try:
            if n in ("ExceptionGroup", "BaseExceptionGroup"):
                continue
            e = E(*a)
            print(n, a, "|", repr(e), "|", str(e), "|", e.args)
        except Exception as ex:
            print(n, a, "!", type(ex).__name__, ex)
