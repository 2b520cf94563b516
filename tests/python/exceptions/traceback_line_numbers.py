# traceback entries record the line numbers of each frame
def a():
    return b()
def b():
    x = 1
    raise ValueError(x)
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
