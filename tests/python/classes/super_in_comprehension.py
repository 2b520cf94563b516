# A comprehension is a function of its own: super() there sees __class__ but its first argument is the
# comprehension's iterator, so it fails; a lambda inside it has no arguments at all.
class Shape:
    def describe(self):
        return "shape"


class Square(Shape):
    def describe_in_comprehension(self):
        return [super().describe() for _ in range(1)]

    def describe_in_generator(self):
        return list(super().describe() for _ in range(1))

    def describe_in_lambda(self):
        return (lambda: super().describe())()

    def describe_bound_first(self):
        parent = super()
        return [parent.describe() for _ in range(2)]

    def class_cells(self):
        return [__class__.__name__ for _ in range(1)], (lambda: __class__.__name__)()


sq = Square()
for name in ("describe_in_comprehension", "describe_in_generator", "describe_in_lambda", "describe_bound_first",
             "class_cells"):
    try:
        print(name, getattr(sq, name)())
    except (TypeError, RuntimeError) as e:
        print(name, type(e).__name__, e)
