# Raising an exception object that was raised before, inside a handler, sets its __context__ (breaking any
# cycle through the handled exception), as every raise does.
try:
    try:
        xyzzy
    except NameError as a:
        try:
            1/0
        except ZeroDivisionError:
            raise a
except NameError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
saved = None
try:
    raise KeyError("first")
except KeyError as k:
    saved = k
try:
    try:
        raise ValueError("v")
    except ValueError:
        raise saved
except KeyError as e:
    print(repr(e.__context__), e.__context__.__context__)
def again():
    try:
        {}["x"]
    except KeyError as err:
        try:
            int("q")
        except ValueError:
            raise err from None
try:
    again()
except KeyError as e:
    print(repr(e.__context__), e.__suppress_context__)
try:
    raise saved
except KeyError as e:
    print(repr(e.__context__))
try:
    raise OSError("disk")
except OSError:
    raise saved
