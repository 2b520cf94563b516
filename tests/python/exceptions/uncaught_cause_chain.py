# an uncaught exception raised from another: "The above exception was the direct cause"
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f'conversion of {s!r} failed') from e
print(convert('12'))
print(convert('twelve'))
