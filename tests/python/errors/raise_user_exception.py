# uncaught user-defined exception: traceback shows the module-qualified name
class InsufficientFunds(Exception):
    pass
balance = 10
print('balance', balance)
raise InsufficientFunds('need 5 more')
