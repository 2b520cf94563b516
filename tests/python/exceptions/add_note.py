# add_note and __notes__ (3.11)
e = ValueError('main')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second note')
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print('TypeError:', err)
def parse(s):
    try:
        return int(s)
    except ValueError as err:
        err.add_note(f'while parsing {s!r}')
        raise
try:
    parse('abc')
except ValueError as err:
    print(err, err.__notes__)
print(str(e), repr(e))
e.__notes__ = ['replaced']
e.add_note('appended')
print(e.__notes__)
