# word wrapping and full justification without any library
TEXT = ('Python is a programming language that lets you work quickly and integrate systems '
        'more effectively. It is used for web development, data analysis, automation, '
        'scientific computing and much more.')
def wrap(text, width):
    lines, line = [], []
    for word in text.split():
        if line and len(' '.join(line + [word])) > width:
            lines.append(line)
            line = []
        line.append(word)
    if line:
        lines.append(line)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0]
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ''
    for i, w in enumerate(words[:-1]):
        out += w + ' ' * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
for width in (30, 45):
    print('+' + '-' * width + '+')
    lines = wrap(TEXT, width)
    for i, words in enumerate(lines):
        body = ' '.join(words) if i == len(lines) - 1 else justify(words, width)
        print('|' + body.ljust(width) + '|')
    print('+' + '-' * width + '+')
