# A bank simulation: exception hierarchy, properties, class/static methods,
# chained exceptions, and an uncaught error that ends the program.

class BankError(Exception):
    """Base of every bank failure."""

class InsufficientFunds(BankError):
    def __init__(self, account, requested):
        super().__init__(f"{account.owner} cannot withdraw {requested:.2f}")
        self.account = account
        self.requested = requested

    @property
    def shortfall(self):
        return self.requested - self.account.balance

class AccountFrozen(BankError):
    pass

class Account:
    _next_number = 1000
    interest_rate = 0.015

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = float(balance)
        self.number = Account._allocate()
        self.frozen = False
        self.log = []

    @classmethod
    def _allocate(cls):
        cls._next_number += 1
        return cls._next_number

    @staticmethod
    def validate(amount):
        if not isinstance(amount, (int, float)):
            raise TypeError(f"amount must be a number, not {type(amount).__name__}")
        if amount <= 0:
            raise ValueError(f"amount must be positive: {amount!r}")
        return amount

    @property
    def balance(self):
        return round(self._balance, 2)

    @balance.setter
    def balance(self, value):
        raise AttributeError("balance is read-only; use deposit/withdraw")

    def deposit(self, amount):
        self._check()
        self._balance += self.validate(amount)
        self.log.append(("dep", amount))
        return self

    def withdraw(self, amount):
        self._check()
        self.validate(amount)
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.log.append(("wd", amount))
        return self

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance!r}, no={self.number})"

    def __str__(self):
        return f"#{self.number} {self.owner:<8} {self.balance:>10,.2f}"


class SavingsAccount(Account):
    interest_rate = 0.04

    def add_interest(self):
        gained = self._balance * self.interest_rate
        self._balance += gained
        return round(gained, 2)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, owner, balance=0, kind=Account):
        acct = kind(owner, balance)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError as e:
            raise BankError(f"no such account: {src}") from e
        except InsufficientFunds as e:
            raise BankError(f"transfer {src}->{dst} failed") from e
        try:
            self.accounts[dst].deposit(amount)
        except BankError:
            self.accounts[src].deposit(amount)  # roll back
            raise

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"== {self.name} ==")
        for acct in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner)):
            print(" ", acct)
        print(f"  {'total':<14}{self.total():>10,.2f}")


bank = Bank("First Krait")
a = bank.open("alice", 1200)
b = bank.open("bob", 50.5)
c = bank.open("carol", 99999.999, SavingsAccount)
print(repr(a), repr(c), sep="\n")
print(Account.interest_rate, SavingsAccount.interest_rate, c.interest_rate)

a.deposit(300).withdraw(125.25)
print(a.log)
print("interest:", c.add_interest())

for args in [(a.number, b.number, 5000), (4242, b.number, 1), (b.number, a.number, 50)]:
    try:
        bank.transfer(*args)
        print("ok", args)
    except BankError as e:
        cause = e.__cause__
        print(f"failed: {e} (cause: {type(cause).__name__}: {cause})")
        if isinstance(cause, InsufficientFunds):
            print(f"  short by {cause.shortfall:.2f}")

b.frozen = True
try:
    bank.transfer(a.number, b.number, 10)
except AccountFrozen as e:
    print("frozen:", e, "| alice still has", a.balance)

for bad in ["10", -3, 0, 2.5]:
    try:
        Account.validate(bad)
        print("valid", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)

print(isinstance(c, Account), issubclass(SavingsAccount, BankError), SavingsAccount.__mro__[1].__name__)
bank.report()
print(f"{1234567.891:,.2f} {-0.5:+.1f} {42:08.3f} {3:%}")

def audit(bank):
    for number in sorted(bank.accounts):
        acct = bank.accounts[number]
        if acct.frozen:
            acct.withdraw(1)

try:
    audit(bank)
except AccountFrozen as e:
    raise RuntimeError("audit aborted") from e
