# an uncaught exception raised while handling another: "During handling of the above exception"
print('start')
try:
    {}['key']
except KeyError:
    raise ValueError('while handling the KeyError')
