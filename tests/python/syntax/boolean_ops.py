# and/or/not return operands and short-circuit
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [])
print('' or 'default', 'value' or 'default')
print(not 0, not 5, not '', not [0])
def t(name, val):
    print('  eval', name)
    return val
print(t('a', False) and t('b', True))
print(t('a', True) or t('b', True))
print(t('a', True) and t('b', 0) or t('c', 'fallback'))
x = None
print(x is None and 'none' or 'something')
print([] or {} or ())
print(all([]), any([]))
