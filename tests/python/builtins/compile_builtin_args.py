# compile(): keyword arguments, bytes sources, dont_inherit/optimize, and argument errors
code = compile(source='x * 2', filename='<kw>', mode='eval')
print(eval(code, {'x': 21}), code.co_filename)
print(eval(compile(b'1 + 1', 'bytes-src', 'eval')), eval(compile('\n\n 3 \n'.strip(), 's', 'eval')))
c = compile('assert False, "stripped?"', '<opt>', 'exec', optimize=0)
try:
    exec(c)
except AssertionError as e:
    print('AssertionError with optimize=0:', e)
c2 = compile('assert False', '<opt>', 'exec', optimize=1)
exec(c2)
print('optimize=1 removed the assert; __debug__ is', eval(compile('__debug__', '<d>', 'eval', optimize=1)))
ns = {}
exec(compile('def f():\n    return "from compiled def"\n', '<def>', 'exec', dont_inherit=True), ns)
print(ns['f']())
for bad in (lambda: compile('1', '<m>'), lambda: compile('1', '<m>', 'eval', 99999), lambda: compile(1, '<m>', 'eval'),
            lambda: compile('1', '<m>', 'evaluate'), lambda: compile('x\0y', '<m>', 'eval')):
    try:
        bad()
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__ + ':', e)
