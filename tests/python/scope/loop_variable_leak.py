# for-loop variables and with/except targets remain bound (except-as is deleted)
for i in range(3):
    pass
print('i after loop:', i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print('NameError:', e)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
while (k := 0) != 0:
    pass
print('k from walrus:', k)
try:
    1 / 0
except ZeroDivisionError as err:
    msg = str(err)
print(msg, 'err' in dir())
if True:
    block_var = 'blocks do not create scopes'
print(block_var)
