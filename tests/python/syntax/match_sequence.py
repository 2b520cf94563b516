# sequence patterns: fixed length, star, nested, list vs tuple syntax
def shape(seq):
    match seq:
        case []:
            return 'empty'
        case [x]:
            return f'one: {x}'
        case [x, y]:
            return f'two: {x}, {y}'
        case (first, *_, last) if first == last:
            return f'same ends {first}'
        case [first, *middle, last]:
            return f'first={first} middle={middle} last={last}'
for s in [[], [1], (1, 2), [1, 2, 1], [1, 2, 3, 4], range(5)]:
    print(s, '->', shape(s))
print(shape('ab') if False else 'strings are not sequence patterns:')
match 'ab':
    case [a, b]:
        print('matched', a, b)
    case _:
        print('no match for str')
match [1, [2, 3], (4, 5)]:
    case [a, [b, c], [d, e]]:
        print('nested', a, b, c, d, e)
match (1, 2, 3):
    case [*all_items]:
        print('star captures list', all_items)
match [1, 2]:
    case [1, 2, *rest]:
        print('rest empty', rest)
