# exceptions raised in a generator reach the consuming loop; the generator is finished afterwards
def parse(items):
    for item in items:
        if not item.isdigit():
            raise ValueError(f'not a number: {item!r}')
        yield int(item)
g = parse(['1', '2', 'x', '4'])
total = 0
try:
    for n in g:
        total += n
except ValueError as e:
    print('stopped:', e, 'total so far', total)
print('resume gives', list(g))
def guarded(items):
    for item in items:
        try:
            yield int(item)
        except ValueError:
            yield None
print(list(guarded(['1', 'x', '3'])))
def cleanup():
    try:
        yield 1
        yield 1 / 0
    finally:
        print('  cleanup ran')
try:
    print(sum(cleanup()))
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
