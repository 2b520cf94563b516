# send-based coroutines forming a push pipeline
def coroutine(fn):
    def start(*args, **kwargs):
        c = fn(*args, **kwargs)
        next(c)
        return c
    return start
@coroutine
def printer(prefix):
    while True:
        line = yield
        print(prefix, line)
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
@coroutine
def counter(results):
    n = 0
    try:
        while True:
            yield
            n += 1
    finally:
        results.append(n)
results = []
cnt = counter(results)
pipe = broadcast(grep('py', printer('[py]')), grep('java', printer('[java]')), cnt)
for line in ['python rocks', 'java and python', 'go', 'jython on java']:
    pipe.send(line)
cnt.close()
print('lines counted:', results)
