# Private names (__x) inside a class body are mangled everywhere the compiler sees a name: parameters,
# keyword-only defaults, annotations of parameters and of the class body, nested classes.
class Account:
    __rate: float = 0.5
    __count: int

    def deposit(self, __amount: int, *, __fee: int = 1, note="") -> int:
        return __amount - __fee

    scaled = lambda self, *, __by=10: __by * 2

    class __Ledger:
        pass


print(Account.deposit.__kwdefaults__)
print(Account.deposit.__annotations__)
print(Account.deposit.__code__.co_varnames)
print(Account.__annotations__)
print(Account().deposit(10), Account().deposit(10, _Account__fee=3), Account().scaled())
print(Account.scaled.__kwdefaults__)
print([k for k in vars(Account) if "Ledger" in k or "rate" in k])


class _Underscored:
    def m(self, *, __k=0):
        return __k


print(_Underscored.m.__kwdefaults__, _Underscored().m())
Account().deposit(10, __fee=2)
