# SyntaxError: name assigned before global declaration
counter = 0
def bump():
    counter = 1
    global counter
