# bank accounts implemented with closures
def make_account(owner, balance=0):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError('deposit must be positive')
        balance += amount
        history.append(('deposit', amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f'insufficient funds: balance {balance}, requested {amount}')
        balance -= amount
        history.append(('withdraw', amount))
        return balance
    def statement():
        lines = [f'Statement for {owner}']
        for kind, amount in history:
            lines.append(f'  {kind:<9}{amount:>8.2f}')
        lines.append(f'  {"balance":<9}{balance:>8.2f}')
        return '\n'.join(lines)
    return {'deposit': deposit, 'withdraw': withdraw, 'statement': statement,
            'balance': lambda: balance}
alice = make_account('Alice', 100)
bob = make_account('Bob')
print(alice['deposit'](50), bob['deposit'](20))
print(alice['withdraw'](30))
for action, amount in [('withdraw', 500), ('deposit', -5), ('withdraw', 20)]:
    try:
        print(action, amount, '->', bob[action](amount))
    except ValueError as e:
        print(action, amount, '-> error:', e)
def transfer(src, dst, amount):
    src['withdraw'](amount)
    dst['deposit'](amount)
transfer(alice, bob, 70)
print(alice['statement']())
print(bob['statement']())
print(alice['balance']() + bob['balance']())
