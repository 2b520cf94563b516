# send() resumes the generator and makes the yield expression evaluate to the sent value
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received
g = echo()
print(next(g))
print(g.send('a'), g.send('b'), g.send('c'))
try:
    g.send(None)
except StopIteration as e:
    print('finished with', e.value)
g2 = echo()
try:
    g2.send('too early')
except TypeError as e:
    print('TypeError:', e)
print(g2.send(None))
def running_average():
    total = count = 0
    average = None
    while True:
        x = yield average
        total += x
        count += 1
        average = total / count
avg = running_average()
next(avg)
print([avg.send(x) for x in (10, 20, 30, 0)])
