# Sorting by tuple keys whose items are ints, strs, floats and tuples of them, as dict items of pair keys
# are: the order and the stability must be those of the general comparison.
pairs = {("b", "a"): 3, ("a", "c"): 3, ("a", "b"): 5, ("c", "a"): 1, ("a", "b", "c"): 2, ("a",): 9}
print(sorted(pairs.items()))
print(sorted(pairs.items(), key=lambda item: (-item[1], item[0])))
print(sorted(pairs.items(), reverse=True))

# Equal floats of both signs keep their input order; a NaN leaves the order to the general comparison,
# whose result depends on the input order just as in CPython.
zeros = [((0.0, "x"), 1), ((-0.0, "x"), 2), ((0.0, "a"), 3), ((1.5, "a"), 4), ((-2.5, "z"), 5)]
print(sorted(zeros))
nan = float("nan")
with_nan = [((1.0, nan), "p"), ((1.0, 2.0), "q"), ((nan, 0.0), "r"), ((0.5, 1.0), "s")]
print([tag for _, tag in sorted(with_nan)])
print([tag for _, tag in sorted(with_nan, reverse=True)])
same_nan = [((nan, 1), "t"), ((nan, 0), "u")]
print([tag for _, tag in sorted(same_nan)])

# Mixed kinds: ints with floats and bools compare by value, equal values keep their order.
mixed = [((1, "b"),), ((1.0, "a"),), ((True, "a"),), ((0, "z"),), ((False, "y"),), ((0.5, "m"),)]
print(sorted(mixed))

# Deeply nested tuples, and tuples of different lengths.
deep = [(((((((((((i % 3,),),),),),),),),), -i), i) for i in range(6)]
print([i for _, i in sorted(deep)])
print(sorted([(1, (2, 3)), (1, (2,)), (1, (2, 3, 0)), (1,), (0, (9, 9))]))

# An item that cannot be ordered raises the general comparison's error.
try:
    sorted([((1, "a"), 0), ((1, 2), 1)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([((1, None),), ((1, None),), ((1, 2),)])
except TypeError as e:
    print("TypeError:", e)
