# each call of a factory creates fresh cells; closures from the same call share them
def account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f'insufficient: {balance}')
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
d1, w1, g1 = account(100)
d2, w2, g2 = account(5)
print(d1(50), w1(30), g1(), g2())
try:
    w2(10)
except ValueError as e:
    print('ValueError:', e)
print(d2(1), g2(), g1())
def outer():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    f = mid()
    f(); f()
    return x
print(outer())
