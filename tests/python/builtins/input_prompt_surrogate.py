# input() writes its prompt to stdout as print does: a lone surrogate cannot be encoded there.
print(input("name? "))
try:
    input("\ud800")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
