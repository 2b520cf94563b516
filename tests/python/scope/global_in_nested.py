# global declarations inside nested functions
value = 'module'
def outer():
    value = 'outer local'
    def inner():
        global value
        value = 'set by inner'
    inner()
    return value
print(outer(), '|', value)
def read_only():
    return value.upper()
print(read_only())
def declare_many():
    global a, b
    a, b = 1, 2
declare_many()
print(a, b)
def loop_global():
    global total
    total = 0
    for i in range(5):
        total += i
loop_global()
print(total)
