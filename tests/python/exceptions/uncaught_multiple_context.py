# three-level implicit chaining; only the final exception ends the traceback
try:
    try:
        int('a')
    except ValueError:
        [].pop()
except IndexError:
    {}.popitem()
