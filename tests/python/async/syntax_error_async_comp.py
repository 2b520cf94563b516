# an asynchronous comprehension in a plain function
def f(items):
    return [x async for x in items]
print('never printed')
