# nonlocal binds the nearest enclosing function scope that has the name
def level1():
    x = 'L1'
    y = 'L1'
    def level2():
        x = 'L2'
        def level3():
            nonlocal x, y
            x += '+L3'
            y += '+L3'
            return x, y
        r = level3()
        return r, x
    r = level2()
    return r, x, y
print(level1())
def shadowing():
    v = 1
    def a():
        v = 2
        def b():
            nonlocal v
            v *= 10
        b()
        return v
    return a(), v
print(shadowing())
def loop_nonlocal():
    total = 0
    def add(n):
        nonlocal total
        for i in range(n):
            total += i
    add(5); add(3)
    return total
print(loop_nonlocal())
