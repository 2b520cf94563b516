# closures made in one call share a single cell even when created in a loop
def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 'changed after loop'
    return fs
print([f() for f in make()])
def make_setters():
    value = 'start'
    def get(): return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_setters()
print(get()); set_('updated'); print(get())
print(get.__closure__[0] is set_.__closure__[0])
def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
    def dec():
        nonlocal count
        count -= 1
    def read():
        return count
    return inc, dec, read
inc, dec, read = counter_pair()
for op in (inc, inc, inc, dec):
    op()
print(read())
