# NameError and AttributeError messages (str(e) never includes suggestions)
def show(fn):
    try:
        fn()
    except (NameError, AttributeError) as e:
        print(f'{type(e).__name__}: {e}')
show(lambda: undefined_thing)
show(lambda: lenn('x'))
def local_unbound():
    print(v)
    v = 1
show(local_unbound)
def free_unbound():
    def inner():
        return w
    inner_result = inner()
    w = 1
    return inner_result
show(free_unbound)
show(lambda: (5).foo)
show(lambda: 'abc'.uper())
show(lambda: [].push(1))
show(lambda: {}.has_key('a'))
show(lambda: None.attr)
class K:
    x = 1
show(lambda: K.y)
show(lambda: K().z)
def set_on_builtin():
    (1).real = 5
show(set_on_builtin)
def set_on_str():
    'abc'.new_attr = 1
show(set_on_str)
