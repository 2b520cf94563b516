# iter(callable, sentinel): a call that exhausts its own iterator re-entrantly leaves it exhausted, so the value
# that call returns is not produced.
HAS_MORE, NO_MORE = 1, 2


def spam():
    if spam.is_recursive_call:
        return NO_MORE
    spam.is_recursive_call = True
    print("inner run:", list(spam.iterator))
    return HAS_MORE


spam.is_recursive_call = False
spam.iterator = iter(spam, NO_MORE)
try:
    print(next(spam.iterator))
except StopIteration:
    print("StopIteration")
print(list(spam.iterator))

counter = iter([1, 2, 3, 4]).__next__
print(list(iter(counter, 3)))
