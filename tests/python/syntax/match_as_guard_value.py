# as-patterns, guards, value patterns (dotted names), nested or-patterns
class Color:
    RED = 'red'
    GREEN = 'green'
def f(cmd):
    match cmd:
        case ['go', ('north' | 'south') as direction]:
            return f'going {direction}'
        case ['go', other]:
            return f'cannot go {other}'
        case [('pick' | 'take'), item] if item != 'nothing':
            return f'taking {item}'
        case [Color.RED]:
            return 'stop'
        case [Color.GREEN]:
            return 'go'
        case [int(n) as number] if n > 100:
            return f'big {number}'
        case [int() | float() as n]:
            return f'number {n}'
        case ([x, y] | (x, y, _)):
            return f'pair-ish {x} {y}'
        case _:
            return 'unknown'
for c in [['go', 'north'], ['go', 'up'], ['take', 'lamp'], ['pick', 'nothing'],
          ['red'], ['green'], [500], [5], [2.5], ('a', 'b'), ('a', 'b', 'c'), 'x']:
    print(c, '->', f(c))
x = 3
match x:
    case 1 | 2:
        print('one or two')
    case y if y > 2:
        print('guard with capture', y)
print('y after match:', y)
