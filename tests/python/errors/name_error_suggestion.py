# uncaught NameError; CPython 3.11 appends a "Did you mean" suggestion to the traceback line
counter = 1
print(counter)
print(countr)
