# None, True and False patterns compare by identity, other literals by equality
def which(x):
    match x:
        case True:
            return 'True'
        case False:
            return 'False'
        case None:
            return 'None'
        case 1:
            return 'one'
        case 0:
            return 'zero'
        case _:
            return 'other'
for v in (True, False, None, 1, 0, 1.0, 0.0, [], ''):
    print(repr(v), '->', which(v))
def zero_first(x):
    match x:
        case 0:
            return 'matched 0'
        case _:
            return 'no'
print(zero_first(False), zero_first(0.0), zero_first(0j))
