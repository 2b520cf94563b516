# capture patterns bind names; the wildcard never binds
match [1, 2]:
    case [first, _]:
        print('first =', first)
print('_' in dir())
match 'subject':
    case captured:
        print('captured', captured)
print('still bound after match:', captured)
match (1, (2, 3)):
    case (a, (b, c)):
        print(a + b + c)
match {'k': 'v'}:
    case {'k': _}:
        print('wildcard matches anything')
_ = 'underscore as variable'
match 5:
    case _:
        print('wildcard does not rebind:', _)
