# an exception raised in an except or else clause is not caught by sibling clauses
def f():
    try:
        raise ValueError
    except ValueError:
        raise TypeError('from handler')
    except TypeError:
        return 'sibling caught it'
try:
    f()
except TypeError as e:
    print('propagated:', e)
def g():
    try:
        pass
    except Exception:
        return 'not here'
    else:
        raise KeyError('from else')
try:
    g()
except KeyError as e:
    print('else error propagated:', repr(e), e.__context__)
def h():
    try:
        return 'try'
    except Exception:
        pass
    else:
        return 'else never runs after return in try'
print(h())
def k():
    try:
        x = 1
    except Exception:
        pass
    else:
        return 'else'
    finally:
        print('finally before else-return completes')
print(k())
