# return forms
def none_implicit():
    x = 1
def none_bare():
    return
def single():
    return 42
def tuple_ret():
    return 1, 2, 3
def starred_ret():
    rest = [2, 3]
    return 1, *rest
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
def in_finally():
    try:
        return 'try'
    finally:
        print('finally runs before return')
def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(none_implicit(), none_bare(), single())
print(tuple_ret(), starred_ret())
print(early(10), early(0))
print(in_finally())
print(finally_overrides())
