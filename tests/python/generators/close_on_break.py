# breaking out of a for loop does not close the generator; explicit close runs its finally
def resource():
    print('  open')
    try:
        for i in range(10):
            yield i
    finally:
        print('  release')
g = resource()
for x in g:
    if x == 2:
        break
print('after break, generator still suspended:', g.gi_frame is not None)
print('can continue:', next(g))
g.close()
print('closed')
def managed(gen):
    try:
        for v in gen:
            yield v
    finally:
        gen.close()
m = managed(resource())
print(next(m), next(m))
m.close()
print('done')
