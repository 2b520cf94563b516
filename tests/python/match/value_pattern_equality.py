# literal and value patterns use ==, so numeric tower and custom __eq__ participate
class Approx:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        return abs(self.v - other) < 0.01
class Target:
    PI = 3.14159
def near(x):
    match x:
        case Target.PI:
            return 'exactly PI'
        case 1:
            return 'one'
        case _:
            return 'other'
print(near(3.14159), near(1.0), near(True), near(Approx(1.001)), near(Approx(3.1416)))
match 1.0:
    case 1:
        print('1.0 matches literal 1')
match 1:
    case 1.0:
        print('1 matches literal 1.0')
match (1, 2):
    case (1.0, 2.0):
        print('tuple elements compared with ==')
