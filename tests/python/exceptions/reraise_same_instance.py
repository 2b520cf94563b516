# raising the same exception instance again reuses the object and extends its traceback
err = ValueError('shared')
def raiser():
    raise err
caught = []
for i in range(2):
    try:
        raiser()
    except ValueError as e:
        caught.append(e)
print(caught[0] is caught[1] is err)
try:
    try:
        raiser()
    except ValueError as e:
        raise e
except ValueError as e:
    print('same object after re-raise:', e is err, e.__traceback__ is not None)
