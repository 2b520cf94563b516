# Exception groups, except*, split/subgroup, derive, notes; ends with an uncaught ExceptionGroup.
def f():
    excs = [OSError('error 1'), SystemError('error 2')]
    raise ExceptionGroup('there were problems', excs)

try:
    f()
except Exception as e:
    print(f'caught {type(e)}: {e}')
    print(repr(e), e.exceptions, e.message)

def g():
    raise ExceptionGroup("group1", [OSError(1), SystemError(2), ExceptionGroup("group2", [OSError(3), RecursionError(4)])])
try:
    g()
except* OSError as e:
    print("There were OSErrors", repr(e))
except* SystemError as e:
    print("There were SystemErrors", repr(e))
except* RecursionError as e:
    print("rec", repr(e))

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError('k')])
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(OSError))
print(repr(BaseExceptionGroup('x', [ValueError()])), type(BaseExceptionGroup('x', [KeyboardInterrupt()])))
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup('x', [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup('x', 5)
except TypeError as e:
    print(e)

try:
    raise TypeError('bad type')
except Exception as e:
    e.add_note('Add some information')
    e.add_note('Add some more information')
    print(e.__notes__)

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message, excs)
try:
    raise MyGroup("mine", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print('V', type(e).__name__, repr(e))
except* TypeError as e:
    print('T', type(e).__name__, repr(e))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled value")
except ExceptionGroup as e:
    print("leftover", repr(e))

try:
    raise ValueError("naked")
except* ValueError as e:
    print("wrapped", repr(e), e.exceptions)

def h():
    try:
        raise ExceptionGroup("a", [ValueError(1)])
    except* ValueError:
        raise KeyError('new')
try:
    h()
except Exception as e:
    print(repr(e), repr(e.__context__))

excs = []
for test in [1, 2]:
    try:
        if test == 1: raise ValueError(test)
        raise OSError(test)
    except Exception as e:
        e.add_note(f"Happened in Iteration {test}")
        excs.append(e)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
raise ExceptionGroup("We have some problems", excs)
