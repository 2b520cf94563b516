# exceptions raised while handling another get __context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}['missing']
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError('in try')
    finally:
        raise TypeError('in finally')
except TypeError as e:
    print(repr(e), repr(e.__context__))
def chain():
    try:
        raise OSError('a')
    except OSError:
        try:
            raise KeyError('b')
        except KeyError:
            raise IndexError('c')
try:
    chain()
except IndexError as e:
    c = e
    names = []
    while c is not None:
        names.append(type(c).__name__)
        c = c.__context__
    print(names)
try:
    try:
        raise ValueError('same')
    except ValueError as e:
        raise e
except ValueError as e:
    print('re-raise same object: context is', e.__context__)
