# common mistakes with None, caught and printed
def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(f'{label}: {type(e).__name__}: {e}')
n = None
def set_item():
    n[0] = 1
def del_item():
    del n[0]
def unpack():
    a, b = n
attempt('add', lambda: n + 1)
attempt('radd', lambda: 1 + n)
attempt('compare', lambda: n < 1)
attempt('call', lambda: n())
attempt('index', lambda: n[0])
attempt('setitem', set_item)
attempt('delitem', del_item)
attempt('attr', lambda: n.foo)
attempt('len', lambda: len(n))
attempt('iterate', lambda: [x for x in n])
attempt('unpack', unpack)
attempt('int', lambda: int(n))
attempt('neg', lambda: -n)
