# A bank simulation in modern style: postponed annotations, __slots__, properties, chained exceptions, sorting
# and formatting; ends with an uncaught custom exception.
from __future__ import annotations

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot cover {amount:.2f}")
        self.account = account
        self.amount = amount

class Account:
    _next = 1000
    __slots__ = ("number", "owner", "_balance", "history")

    def __init__(self, owner: str, balance: float = 0.0) -> None:
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self._balance = round(balance, 2)
        self.history: list[tuple[str, float]] = []

    @property
    def balance(self) -> float:
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self._balance = round(self._balance + amount, 2)
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance = round(self._balance - amount, 2)
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance:,.2f})"

    def __lt__(self, other):
        return self._balance < other._balance

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, owner, initial=0):
        acct = Account(owner, initial)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError as e:
            raise LookupError(f"no account {e.args[0]}") from e
        else:
            self.accounts[dst].deposit(amount)
        finally:
            print(f"  transfer {src}->{dst} {amount} attempted")

    def report(self):
        width = max(len(a.owner) for a in self.accounts.values())
        for num, acct in sorted(self.accounts.items(), key=lambda kv: (-kv[1].balance, kv[0])):
            print(f"{num:>6} | {acct.owner:<{width}} | {acct.balance:>12,.2f} | {len(acct.history):3d} ops")
        total = sum(a.balance for a in self.accounts.values())
        print(f"{'total':>6} | {'':<{width}} | {total:>12,.2f}")

bank = Bank("First Python")
alice = bank.open("Alice", 1500)
bob = bank.open("Bob", 250.5)
carol = bank.open("Carol Ann", 1e6)
alice.deposit(99.99).deposit(0.01)
bank.transfer(alice.number, bob.number, 300)
try:
    bank.transfer(bob.number, carol.number, 10_000)
except InsufficientFunds as exc:
    print("error:", exc, "| owner:", exc.account.owner)
try:
    bank.transfer(9999, bob.number, 1)
except LookupError as exc:
    print("error:", exc, "| cause:", repr(exc.__cause__))
try:
    bob.deposit(-5)
except ValueError as exc:
    print("error:", exc)
bank.report()
print(sorted(bank.accounts.values()))
print(min(bank.accounts.values()), max(bank.accounts.values(), key=lambda a: len(a.owner)))
try:
    alice.nickname = "Al"
except AttributeError as exc:
    print("AttributeError:", exc)
print(Account.balance.__doc__, Account.__slots__, hasattr(alice, "__dict__"))
history = [kind for acct in bank.accounts.values() for kind, _ in acct.history]
print({k: history.count(k) for k in sorted(set(history))})
bank.transfer(bob.number, alice.number, 1e9)
