# A comment at the start
x = 1  # trailing comment
# comment between statements
   # indented comment at column 3 is fine
print(x)  # print it
s = "# not a comment"
print(s)
def f():
    # comment inside function
    return 2
    # comment after return
print(f())
if x:
# comment at column 0 inside a block
    print('block')
print('#' * 3)
