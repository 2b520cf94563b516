# sequence patterns: fixed length, starred, nested, list vs tuple syntax
def shape(seq):
    match seq:
        case []:
            return 'empty'
        case [x]:
            return f'one: {x}'
        case [x, y]:
            return f'two: {x}, {y}'
        case (first, *middle, last) if len(middle) > 2:
            return f'long: {first}..{last} ({len(middle)} in between)'
        case [first, *rest]:
            return f'first {first}, rest {rest}'
for s in ([], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5, 6), range(3), 'ab', b'ab', {1: 2}, {1, 2}):
    print(repr(s), '->', shape(s))
match (1, 2, 3):
    case [*head, tail]:
        print('head', head, type(head).__name__, 'tail', tail)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print('nested', a, b, c, d)
match [1, 2, 3]:
    case [*_, 3]:
        print('ends with 3')
match [1, 2]:
    case [1, 2, *rest]:
        print('rest is empty list:', rest)
