# while/else: else runs unless the loop was broken out of
n = 0
while n < 3:
    print('loop', n)
    n += 1
else:
    print('else after normal exit', n)
n = 0
while n < 10:
    if n == 2:
        print('breaking')
        break
    n += 1
else:
    print('not printed')
while False:
    print('never')
else:
    print('else of empty loop')
def search(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            return i
        i += 1
    else:
        return 'not found'
print(search([4, 5, 6], 6), search([4, 5, 6], 7))
