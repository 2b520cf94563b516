# close() raises GeneratorExit inside the generator; finally clauses run
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('  got GeneratorExit')
        raise
    finally:
        print('  finally ran')
g = gen()
next(g)
print('close returns', g.close())
print(next(g, 'exhausted'))
g.close()
print('closing again is fine')
g = gen()
g.close()
print('closing an unstarted generator runs nothing')
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print('  swallowed and returned')
        return 'ignored value'
w = swallow()
next(w)
print(w.close())
def raises_other():
    try:
        yield 1
    finally:
        raise ValueError('from finally during close')
r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print('ValueError:', e)
