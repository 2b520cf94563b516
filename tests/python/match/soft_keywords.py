# match and case are soft keywords: still usable as ordinary names
match = [1, 2]
case = 'case value'
print(match, case)
def match_fn(x):
    return x * 2
print(match_fn(3))
match match:
    case [case_a, case_b]:
        print(case_a, case_b)
class Box:
    match = 'attr'
    def case(self):
        return 'method named case'
print(Box.match, Box().case())
_ = 'x'
match (1, 2):
    case (1, _):
        print('tuple subject in parentheses')
a, b = 3, 4
match a, b:
    case 3, 4:
        print('unparenthesized tuple subject')
match -1:
    case -1:
        print('negative subject')
