# except* also catches a plain (ungrouped) exception, wrapping it in a group
try:
    raise ValueError('naked')
except* ValueError as eg:
    print(type(eg).__name__, repr(eg), eg.message == '')
try:
    raise KeyboardInterrupt
except* KeyboardInterrupt as eg:
    print(type(eg).__name__, eg.exceptions)
try:
    try:
        raise TypeError('not matched')
    except* ValueError:
        print('no')
except TypeError as e:
    print('plain exception propagates unwrapped:', repr(e))
