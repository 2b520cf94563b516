# try/except/else/finally in all combinations
def test(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print('  except: zero')
        return 'err'
    else:
        print('  else: result', r)
        return r
    finally:
        print('  finally for', x)
print(test(2))
print(test(0))
try:
    int('abc')
except (TypeError, ValueError) as e:
    print('tuple clause caught', type(e).__name__)
try:
    [][1]
except LookupError as e:
    print('base class caught', type(e).__name__, e)
try:
    {}['k']
except IndexError:
    print('wrong')
except KeyError as e:
    print('second clause', repr(e))
try:
    raise ValueError('boom')
except Exception as e:
    print('Exception caught', e)
try:
    1 / 0
except:
    print('bare except')
try:
    try:
        1 / 0
    finally:
        print('inner finally')
except ZeroDivisionError:
    print('outer except')
e = 'before'
try:
    raise KeyError('x')
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print('as-name is deleted:', err)
