# assignment anywhere in a function makes the name local everywhere in it
count = 10
def broken():
    try:
        print(count)
    except UnboundLocalError as e:
        print(type(e).__name__ + ':', e)
    count = 1
    return count
print(broken())
def conditional(flag):
    if flag:
        value = 'set'
    try:
        return value
    except UnboundLocalError as e:
        return f'{type(e).__name__}: {e}'
print(conditional(True))
print(conditional(False))
def deleted():
    v = 1
    del v
    try:
        return v
    except NameError as e:
        return f'{type(e).__name__}: {e}'
print(deleted())
def augmented():
    try:
        count += 1
    except UnboundLocalError as e:
        return str(e)
print(augmented())
