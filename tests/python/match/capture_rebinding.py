# captures overwrite existing names; a guard sees (and leaves) the bindings of its pattern
x = 'before'
match 1:
    case 2:
        pass
    case x if False:
        pass
    case _:
        pass
print('x after a guarded capture whose guard failed:', x)
y = 'outer'
match [10, 20]:
    case [y, 30]:
        print('not reached')
    case [_, z]:
        print('z =', z)
print('z is', z)
result = []
for v in [(1, 'a'), (2, 'b')]:
    match v:
        case (n, s):
            result.append(n * s)
print(result, n, s)
