# a protocol parser as a coroutine: feed characters with send, collect frames
def frame_parser(out):
    while True:
        ch = yield
        if ch != '<':
            out.append(('noise', ch))
            continue
        length_digits = ''
        while True:
            ch = yield
            if ch == ':':
                break
            length_digits += ch
        n = int(length_digits)
        payload = ''
        for _ in range(n):
            payload += (yield)
        end = yield
        out.append(('frame', payload) if end == '>' else ('bad end', end))
frames = []
p = frame_parser(frames)
next(p)
for ch in 'x<3:abc><11:hello world>?<2:hi!':
    p.send(ch)
print(frames)
