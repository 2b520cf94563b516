# __doc__ is not inherited by subclasses; methods keep their own docstrings
class A:
    """A docs"""
    def m(self):
        """m docs"""
class B(A):
    def m(self):
        pass
class C(A):
    pass
print(A.__doc__, B.__doc__, C.__doc__)
print(A.m.__doc__, B.m.__doc__, C.m.__doc__)
class D:
    x = 1
    """not a docstring"""
print(D.__doc__)
class E:
    """Multi
    line
    docs"""
print(E.__doc__.splitlines())
class F:
    f"""f-string is not a docstring"""
print(F.__doc__)
