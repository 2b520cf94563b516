# yield inside try, except, else and finally clauses
def flow(fail):
    try:
        yield 'try-1'
        if fail:
            raise ValueError('fail')
        yield 'try-2'
    except ValueError:
        yield 'except'
    else:
        yield 'else'
    finally:
        yield 'finally'
    yield 'after'
print(list(flow(False)))
print(list(flow(True)))
def finally_return():
    try:
        yield 1
        return 'from try'
    finally:
        yield 'finally yields before return completes'
g = finally_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('return value', e.value)
