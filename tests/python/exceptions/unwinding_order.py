# an exception unwinds through frames, running every finally and __exit__ innermost first
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): return self
    def __exit__(self, *a):
        print('exit', self.n)
def level3():
    try:
        raise RuntimeError('deep')
    finally:
        print('finally 3')
def level2():
    with CM('2'):
        level3()
def level1():
    try:
        level2()
    finally:
        print('finally 1')
try:
    level1()
except RuntimeError as e:
    print('caught at top:', e)
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
