# classes without __match_args__ support keyword patterns and the empty class pattern
class Circle:
    def __init__(self, r): self.r = r
class Rect:
    def __init__(self, w, h): self.w, self.h = w, h
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
def area(shape):
    match shape:
        case Circle(r=r):
            return round(3.14159 * r * r, 2)
        case Square(w=s):
            return f'square {s * s}'
        case Rect(w=w, h=h):
            return w * h
        case object():
            return 'not a shape'
for s in (Circle(1), Rect(2, 3), Square(4), 'text', None):
    print(area(s))
match Square(2):
    case Rect():
        print('a Square matches Rect() by isinstance')
