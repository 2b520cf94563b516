# runtime TypeErrors raised by bad class patterns
class NoArgs:
    pass
class BadArgs:
    __match_args__ = ['x']
    x = 1
class NotStr:
    __match_args__ = (1,)
class One:
    __match_args__ = ('a',)
    a = 1
def run(label, fn):
    try:
        print(label, '->', fn())
    except TypeError as e:
        print(label, '-> TypeError:', e)
def t1():
    match NoArgs():
        case NoArgs(1):
            return 'matched'
def t2():
    match BadArgs():
        case BadArgs(1):
            return 'matched'
def t3():
    match NotStr():
        case NotStr(1):
            return 'matched'
def t4():
    match One():
        case One(1, 2):
            return 'matched'
def t5():
    match One():
        case One(1, a=1):
            return 'matched'
not_a_class = len
def t6():
    match 1:
        case not_a_class():
            return 'matched'
def t7():
    match 5:
        case int(1, 2):
            return 'matched'
def t8():
    match 'x':
        case One(1):
            return 'matched'
    return 'no match, so no error for non-instances'
for label, fn in (('no __match_args__', t1), ('list __match_args__', t2), ('non-str entry', t3),
                  ('too many positional', t4), ('duplicate attribute', t5), ('not a class', t6),
                  ('builtin with 2 args', t7), ('type mismatch first', t8)):
    run(label, fn)
