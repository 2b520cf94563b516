# CPython's compiler merges equal constants across all the code objects of a module, so a big int, float, str
# or tuple constant written twice is one object, while values computed at run time are new ones.
big = 1000
def big_again():
    return 1000
print(big is big_again())

flt = 2.5
def flt_again():
    return 2.5
print(flt is flt_again())

tup = (1, 'two', 3.0)
class Holder:
    value = (1, 'two', 3.0)
    def method(self):
        return (1, 'two', 3.0)
print(tup is Holder.value, tup is Holder().method())

text = 'not an identifier!'
print(text is (lambda: 'not an identifier!')())

# 1 and 1.0 and True are different constants; so are 0.0 and -0.0.
ints = (1, 1.0, True, 0.0, -0.0)
def same_values():
    return (1, 1.0, True, 0.0, -0.0)
print([a is b for a, b in zip(ints, same_values())])

# Run-time results are fresh objects beyond the small ints.
n = int('1000')
print(n is big, n == big, int('256') is int('256'), int('257') is int('257'))
