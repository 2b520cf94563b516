# bare raise re-raises the exception being handled
def inner():
    try:
        raise KeyError('orig')
    except KeyError:
        print('logging and re-raising')
        raise
try:
    inner()
except KeyError as e:
    print('outer got', repr(e))
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
def reraise_after_other():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise TypeError('second')
        except TypeError:
            pass
        raise
try:
    reraise_after_other()
except Exception as e:
    print('re-raised', repr(e))
def helper():
    raise
try:
    try:
        raise IndexError('in handler')
    except IndexError:
        helper()
except IndexError as e:
    print('helper re-raised', repr(e))
