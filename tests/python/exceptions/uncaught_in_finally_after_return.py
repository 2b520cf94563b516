# an exception raised in a finally clause after return reaches the top level
def f():
    try:
        print('returning')
        return 1
    finally:
        raise PermissionError('finally refused')
f()
