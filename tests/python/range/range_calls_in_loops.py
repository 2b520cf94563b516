# range() called in loops with int arguments (a fast path in calls) and with everything else, which must behave
# as the generic call does: bools, big ints, __index__ objects, three arguments, errors, and a shadowed range.
class Idx:
    def __index__(self):
        return 3


total = 0
for i in range(200):
    for j in range(i % 7):
        total += j
    for j in range(i % 3, i % 5):
        total -= j
print(total)
print([list(range(n)) for n in (0, 1, -1, True, False)])
print(range(2, 10**20), range(-(10**19), 10**19)[10**19], list(range(Idx())), list(range(1, Idx())))
print(list(range(10, 0, -3)), range(5)[-1], range(0, 5) == range(5), type(range(3)).__name__)
for bad in [(), (1.5,), ("3",), (1, 2, 3, 4), (1, 2, 0)]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(stop=3)
except TypeError as e:
    print(e)


def shadowed():
    range = lambda *a: ["shadow", a]
    return range(3), range(1, 2)


print(shadowed())
