# the built-in exception hierarchy printed as a tree from BaseException
names = ['BaseException', 'BaseExceptionGroup', 'GeneratorExit', 'KeyboardInterrupt', 'SystemExit',
    'Exception', 'ArithmeticError', 'FloatingPointError', 'OverflowError', 'ZeroDivisionError',
    'AssertionError', 'AttributeError', 'BufferError', 'EOFError', 'ExceptionGroup',
    'ImportError', 'ModuleNotFoundError', 'LookupError', 'IndexError', 'KeyError',
    'MemoryError', 'NameError', 'UnboundLocalError', 'OSError', 'BlockingIOError',
    'ChildProcessError', 'ConnectionError', 'BrokenPipeError', 'ConnectionAbortedError',
    'ConnectionRefusedError', 'ConnectionResetError', 'FileExistsError', 'FileNotFoundError',
    'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
    'ProcessLookupError', 'TimeoutError', 'ReferenceError', 'RuntimeError',
    'NotImplementedError', 'RecursionError', 'StopAsyncIteration', 'StopIteration',
    'SyntaxError', 'IndentationError', 'TabError', 'SystemError', 'TypeError', 'ValueError',
    'UnicodeError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError']
classes = [eval(n) for n in names]
def children(parent):
    return [c for c in classes if parent in c.__bases__]
def show(cls, depth):
    print('  ' * depth + cls.__name__)
    for c in children(cls):
        show(c, depth + 1)
show(BaseException, 0)
