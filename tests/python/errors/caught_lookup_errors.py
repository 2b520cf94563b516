# IndexError and KeyError messages for many containers
def show(fn):
    try:
        fn()
    except LookupError as e:
        print(f'{type(e).__name__}: {e} | repr={e!r}')
show(lambda: [][0])
show(lambda: [1, 2][-3])
show(lambda: 'abc'[10])
show(lambda: ()[0])
show(lambda: range(3)[5])
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: {}['key'])
show(lambda: {}[42])
show(lambda: {}[(1, 'a')])
show(lambda: {}[None])
show(lambda: {'a': 1}.pop('b'))
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: {}[''])
def assign():
    lst = [1, 2]
    lst[2] = 3
show(assign)
def delete():
    d = {}
    del d['gone']
show(delete)
