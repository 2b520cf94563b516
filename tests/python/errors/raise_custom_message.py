# uncaught explicitly raised ValueError
def check(age):
    if age < 0:
        raise ValueError(f'age must be non-negative, got {age}')
    return age
print(check(3))
check(-1)
