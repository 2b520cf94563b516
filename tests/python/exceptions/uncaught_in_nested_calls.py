# an uncaught exception deep in nested calls still ends with the exception line
def parse(text):
    return [int(tok) for tok in text.split(',')]
def load(lines):
    return [parse(l) for l in lines]
print(load(['1,2', '3,4']))
print(load(['5,6', '7,eight']))
