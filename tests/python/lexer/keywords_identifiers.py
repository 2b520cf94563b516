# Identifiers: unicode letters, underscores, soft keywords as names
café = 'coffee'
π = 3.14
_private = 1
__dunder = 2
x1_y2 = 3
print(café, π, _private, __dunder, x1_y2)
match = 'match is a soft keyword'
case = 'so is case'
_ = 'underscore'
type = 'shadowing a builtin'
print(match, case, _, type)
del type
print(type(1).__name__)
Δx = 0.5
print(Δx * 2)
名前 = 'name'
print(名前)
