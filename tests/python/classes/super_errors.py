# misuse of super()
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print('RuntimeError:', e)
class A:
    def m(self):
        return 'A.m'
class B(A):
    def m(self):
        return super().missing()
try:
    B().m()
except AttributeError as e:
    print('AttributeError:', e)
class C:
    @staticmethod
    def s():
        return super().__init__
try:
    C.s()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    super(A, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    super(1, A())
except TypeError as e:
    print('TypeError:', e)
class D(A):
    def m(self):
        return super().m()
print(D().m(), super(D, D()).m())
