# when both sides return NotImplemented from __eq__, == falls back to identity
class A:
    def __eq__(self, o):
        print('A.__eq__')
        return NotImplemented
class B:
    def __eq__(self, o):
        print('B.__eq__')
        return NotImplemented
a, b = A(), B()
print(a == b)
print(a != b)
print(a == a)
print(a in [b])
class C:
    def __ne__(self, o):
        print('C.__ne__')
        return NotImplemented
print(C() != C())
