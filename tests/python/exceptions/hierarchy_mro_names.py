# __mro__ of built-in exceptions, including multiple bases
for cls in (ZeroDivisionError, KeyError, UnicodeDecodeError, FileNotFoundError, RecursionError,
            ModuleNotFoundError, TabError, ExceptionGroup, BaseExceptionGroup, StopIteration,
            KeyboardInterrupt, BrokenPipeError, UnboundLocalError, TimeoutError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(ExceptionGroup.__bases__ == (BaseExceptionGroup, Exception))
print(IOError is OSError, EnvironmentError is OSError)
