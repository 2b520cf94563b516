# pass in every kind of block
def nothing():
    pass
print(nothing())
class Empty:
    pass
print(type(Empty()).__name__)
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print('done')
