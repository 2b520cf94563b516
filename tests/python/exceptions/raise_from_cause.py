# raise ... from sets __cause__ and __suppress_context__
class ConfigError(Exception): pass
def load(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f'bad value {s!r}') from e
try:
    load('x')
except ConfigError as e:
    print(repr(e))
    print(repr(e.__cause__), e.__suppress_context__)
    print(e.__context__ is e.__cause__)
try:
    raise RuntimeError('outer') from KeyError('unrelated')
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError('cls cause') from IndexError
except RuntimeError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
try:
    raise ValueError('bad') from 42
except TypeError as e:
    print('TypeError:', e)
