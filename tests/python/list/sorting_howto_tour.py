# Sorting HowTo style: key functions, stability, multi-pass sorts, decorate-sort-undecorate, errors.
print(sorted([5, 2, 3, 1, 4]))
a = [5, 2, 3, 1, 4]; a.sort(); print(a)
print(sorted({1: 'D', 2: 'B', 3: 'B', 4: 'E', 5: 'A'}))
print(sorted("This is a test string from Andrew".split(), key=str.casefold))
student_tuples = [('john', 'A', 15), ('jane', 'B', 12), ('dave', 'B', 10)]
print(sorted(student_tuples, key=lambda student: student[2]))
class Student:
    def __init__(self, name, grade, age): self.name = name; self.grade = grade; self.age = age
    def __repr__(self): return repr((self.name, self.grade, self.age))
student_objects = [Student('john', 'A', 15), Student('jane', 'B', 12), Student('dave', 'B', 10)]
print(sorted(student_objects, key=lambda s: s.age))
print(sorted(student_tuples, key=lambda s: (s[1], s[2])), sorted(student_objects, key=lambda s: (s.grade, s.age), reverse=True))
data = [('red', 1), ('blue', 1), ('red', 2), ('blue', 2)]
print(sorted(data, key=lambda r: r[0]))
s = sorted(student_objects, key=lambda s: s.age); print(sorted(s, key=lambda s: s.grade, reverse=True))
def multisort(xs, specs):
    for key, reverse in reversed(specs):
        xs.sort(key=lambda x: getattr(x, key), reverse=reverse)
    return xs
print(multisort(list(student_objects), (('grade', True), ('age', False))))
decorated = [(student.grade, i, student) for i, student in enumerate(student_objects)]
decorated.sort(); print([student for grade, i, student in decorated])
Student.__lt__ = lambda self, other: self.age < other.age
print(sorted(student_objects), max(student_objects), min(student_objects))
students = ['dave', 'john', 'jane']; newgrades = {'john': 'F', 'jane': 'A', 'dave': 'C'}
print(sorted(students, key=newgrades.__getitem__))
print(sorted([3, 1, 2], reverse=True), sorted('bca', reverse=True), sorted([(1, 'b'), (1, 'a')], key=lambda t: t[0], reverse=True))
print(sorted([0.5, -1, 3, True, 2.5]), sorted([[3], [1, 2], []]), sorted([-0.0, 0, 0.0]), sorted(['b', 'B', 'a', 'A', '_', '1']))
x = [1, 2, 3]
def keyf(v):
    return v
try: sorted([1, None, 2])
except TypeError as e: print(e)
try: sorted([1, 2], key=lambda v: [v, 'a'][v - 1])
except TypeError as e: print(e)
lst = [3, 2, 1]
def mutating_key(v):
    lst.append(v)
    return v
try: lst.sort(key=mutating_key)
except ValueError as e: print(e)
print(lst)
print(sorted(range(10), key=lambda n: n % 3), sorted([], reverse=True), sorted((), key=len))
try: sorted([1], lambda x: x)
except TypeError as e: print(e)
try: [].sort(None)
except TypeError as e: print(e)
words = "banana Apple cherry apple Banana".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
print(sorted(set('mississippi')), sorted({'a': 1, 'c': 0}.items(), key=lambda kv: kv[1]), list(reversed(sorted([2, 1]))))
nan = float('nan'); print(sorted([3, nan, 1]), max([nan, 1]), max([1, nan]))
