# starred captures are always lists, whatever the subject sequence type
class MyList(list):
    pass
for subject in ((1, 2, 3), [1, 2, 3], range(1, 4), MyList([1, 2, 3])):
    match subject:
        case [first, *rest]:
            print(type(subject).__name__, first, rest, type(rest).__name__)
match (1,):
    case [x, *rest]:
        print('empty rest', rest)
match [1, 2, 3, 4, 5]:
    case [a, *mid, b, c]:
        print(a, mid, b, c)
match [[1, 2], [3, 4, 5]]:
    case [[*xs], [_, *ys]]:
        print(xs, ys)
