# OSError with errno/strerror/filename, and automatic subclass selection by errno
e = OSError(2, 'No such file or directory')
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), repr(e))
e = OSError(2, 'No such file or directory', 'missing.txt')
print(type(e).__name__, str(e), e.filename)
e = OSError(13, 'Permission denied', 'a', None, 'b')
print(type(e).__name__, str(e), e.filename2)
print(type(OSError(17, 'exists')).__name__, type(OSError(21, 'isdir')).__name__, type(OSError(9999, 'unknown')).__name__)
e = OSError('just a message')
print(e.errno, e.strerror, str(e), e.args)
e = FileNotFoundError(2, 'gone')
print(str(e), e.errno, isinstance(e, OSError))
e = OSError(1, 2, 3, 4, 5, 6)
print(e.args)
try:
    raise FileNotFoundError(2, 'No such file or directory', 'x.cfg')
except OSError as err:
    print('caught', type(err).__name__, err)
