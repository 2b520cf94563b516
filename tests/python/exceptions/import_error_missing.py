# importing a module that does not exist raises ModuleNotFoundError
try:
    import no_such_module_krait
except ModuleNotFoundError as e:
    print(type(e).__name__, e, '|', e.name, isinstance(e, ImportError))
try:
    from no_such_pkg_krait import thing
except ImportError as e:
    print(type(e).__name__, e.name)
e = ImportError('msg', name='mod', path='/p')
print(e, e.name, e.path, e.msg)
