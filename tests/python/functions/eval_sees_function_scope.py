# eval/exec without explicit namespaces use the caller's globals and locals
g = 'global g'
def f(x):
    y = x * 2
    return eval('x + y'), eval('g')
print(f(5))
def comprehension_scope(x):
    try:
        return eval('[x for _ in range(2)]')
    except NameError as e:
        return 'NameError: ' + str(e)
print(comprehension_scope(1))
def closure_case():
    free = 'free'
    def inner():
        return eval('free')
    try:
        return inner()
    except NameError as e:
        return 'NameError: ' + str(e)
print(closure_case())
def closure_referenced():
    free = 'free'
    def inner():
        free
        return eval('free')
    return inner()
print(closure_referenced())
def with_dict():
    local = 1
    ns = {'local': 100}
    return eval('local', ns), eval('local', None, ns), eval('local')
print(with_dict())
