# match statements: literals, captures, class patterns with __match_args__, sequences, mappings, guards, or-patterns, errors.
def http_error(status):
    match status:
        case 400: return "Bad request"
        case 404: return "Not found"
        case 401 | 403 | 405: return "Not allowed"
        case _: return "Something's wrong with the internet"
print([http_error(s) for s in (400, 404, 403, 500)])
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Point({self.x}, {self.y})'
def where(point):
    match point:
        case Point(x=0, y=0): return "Origin"
        case Point(x=0, y=y): return f"Y={y}"
        case Point(x=x, y=0): return f"X={x}"
        case Point(x, y) if x == y: return f"diag {x}"
        case Point(): return "Somewhere else"
        case (0, 0): return 'tuple origin'
        case (x, 0) | (0, x): return f'axis {x}'
        case [x, y, *rest]: return f'seq {x} {y} {rest}'
        case {'x': x, **rest}: return f'map {x} {rest}'
        case str() | bytes(): return 'stringy'
        case int(n) if n > 100: return f'big {n}'
        case float(f): return f'float {f}'
        case _: return "Not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), (0, 0), (3, 0), (0, 4), [1, 2, 3, 4], {'x': 1, 'y': 2}, 'ab', b'x', 500, 5, 2.5, None, (1, 2, 3)]:
    print(repr(p), '->', where(p))
from_enumish = {'RED': 0, 'GREEN': 1}
class Color:
    RED = 'red'
    GREEN = 'green'
def col(c):
    match c:
        case Color.RED: return 'I see red!'
        case Color.GREEN: return 'Grass is green'
        case other: return f'other {other}'
print(col('red'), col('green'), col('blue'))
def cmd(command):
    match command.split():
        case [action]: return f'single {action}'
        case ["go", direction] if direction in 'nsew': return f'go {direction}'
        case ["go", _]: return 'bad direction'
        case ["drop", *objects]: return f'drop {objects}'
        case ["get", obj] | ["pick", "up", obj] | ["pick", obj, "up"]: return f'get {obj}'
        case _: return 'unknown'
for c in ['look', 'go n', 'go x', 'drop a b c', 'pick up key', 'pick key up', 'get sword', 'dance wildly now']:
    print(c, '=>', cmd(c))
match (1, [2, 3], {'k': (4, 5)}):
    case (a, [b, *c], {'k': (d, e) as tup}) as whole:
        print(a, b, c, d, e, tup, whole)
match 42:
    case 1 | 2: print('small')
    case x if x > 40: print('x is', x)
match {'a': 1, 'b': 2}:
    case {'a': 1}: print('partial mapping match')
match [1, 2]:
    case (1, 2): print('list matches tuple pattern')
match 'abc':
    case ['a', 'b', 'c']: print('string as seq?!')
    case _: print('strings are not sequences')
match -1:
    case -1: print('negative literal')
match 1+2j:
    case 1+2j: print('complex literal')
match None:
    case None: print('None literal')
match True:
    case 1: print('True matches 1')
match 1:
    case True: print('1 matches True?')
    case _: print('1 does not match True')
class P2:
    __match_args__ = ('a',)
    def __init__(self): self.a = 1
try:
    match P2():
        case P2(x, y): pass
except TypeError as e: print(e)
try:
    match 5:
        case Point(1): pass
except TypeError as e: print('no err', e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e: print(e)
try:
    match 1:
        case len(): pass
except TypeError as e: print(e)
match [1, 2, 3]:
    case [1, *_, 3]: print('star wildcard')
match {'x': 1}:
    case {'x': 1, **rest}: print('rest', rest)
def lit(v):
    match v:
        case "a" "b": return 'concat'
        case 0.5: return 'half'
        case -0.0: return 'zero float'
        case _: return 'no'
print(lit('ab'), lit(0.5), lit(0), lit(False))
match (1, 2):
    case [a, b] if (s := a + b) > 2: print('walrus in guard', s)
match Point(1, 2):
    case Point(y=2, x=1): print('kw order')
match 5:
    case int(): print('int() no args')
match [Point(1, 1), Point(2, 2)]:
    case [Point(x=1) as p1, Point(x=2, y=yy)]: print(p1, yy)
