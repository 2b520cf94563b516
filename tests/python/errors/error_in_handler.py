# an exception raised while handling another: the last line is the new one
try:
    {}['missing']
except KeyError:
    print('handling KeyError')
    [][0]
