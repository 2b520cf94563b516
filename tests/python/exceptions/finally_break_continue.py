# break and continue inside finally discard the pending exception or return
def with_break():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return 'loop ended, exception discarded'
print(with_break())
def with_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
print(with_continue())
def return_then_break():
    for i in range(5):
        try:
            return 'from try'
        finally:
            if i < 2:
                continue
    return 'fell out'
print(return_then_break())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print('finally n =', n)
    return n
print(while_finally())
