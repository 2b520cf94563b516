# zero-argument super() in methods, __init__, properties, chained through several levels
class A:
    def __init__(self):
        self.log = ['A']
    def greet(self):
        return 'A.greet'
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append('B')
    def greet(self):
        return 'B>' + super().greet()
class C(B):
    def __init__(self):
        super().__init__()
        self.log.append('C')
    def greet(self):
        return 'C>' + super().greet()
    @property
    def name(self):
        return 'C-name'
c = C()
print(c.log, c.greet())
class D(C):
    @property
    def name(self):
        return 'D+' + super().name
print(D().name)
class S(str):
    def upper(self):
        return '[' + super().upper() + ']'
print(S('abc').upper())
