# match combined with loops: break, continue and return inside cases
def first_error(events):
    for i, e in enumerate(events):
        match e:
            case ('ok', _):
                continue
            case ('warn', msg):
                print('  warning:', msg)
            case ('error', msg):
                return f'error at {i}: {msg}'
            case ('stop',):
                break
    return 'no error'
print(first_error([('ok', 1), ('warn', 'disk'), ('error', 'boom'), ('ok', 2)]))
print(first_error([('ok', 1), ('stop',), ('error', 'never')]))
print(first_error([]))
totals = {}
for item in [('apple', 3), ('pear', 2), ('apple', 1), ('plum', 0), ('bad',)]:
    match item:
        case (name, 0):
            print('  skipping zero', name)
        case (name, int(n)):
            totals[name] = totals.get(name, 0) + n
        case _:
            print('  malformed', item)
print(totals)
