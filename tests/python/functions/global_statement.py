# global declarations create and rebind module names from inside functions
def create():
    global created_later
    created_later = 'made in function'
print('created_later' in globals())
create()
print(created_later)
counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
bump(); bump(5)
print(counter)
def nested():
    def inner():
        global counter
        counter = -1
    inner()
    counter = 'local only'
    return counter
print(nested(), counter)
def reads_global():
    return counter * 2
print(reads_global())
def shadow():
    counter = 99
    def inner():
        global counter
        return counter
    return inner()
print(shadow())
def multi():
    global a1, a2
    a1, a2 = 1, 2
multi()
print(a1 + a2)
