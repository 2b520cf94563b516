# arguments are evaluated left to right, the callee first; defaults at def time
def trace(label, value=None):
    print('eval', label)
    return value if value is not None else label
def target(*args, **kwargs):
    print('call', args, kwargs)
trace('callee', target)(trace('p1'), trace('p2'), k1=trace('k1'), *[trace('star')], k2=trace('k2'), **{'k3': trace('dd')})
print('defining')
def defaults(a=trace('default a'), *, b=trace('default b')):
    return a, b
print('defined')
print(defaults())
d = {}
d[trace('key')] = trace('value')
print(d)
x = [trace('x')][trace(0, 0)]
print(x)
print(trace('left') + trace('right'))
