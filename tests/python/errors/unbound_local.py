# uncaught UnboundLocalError: local read before assignment
total = 0
def add(n):
    total = total + n
    return total
print('calling add')
add(5)
