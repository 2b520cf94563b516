# shunting-yard conversion to postfix and stack evaluation
PREC = {'+': 1, '-': 1, '*': 2, '/': 2, '^': 3}
RIGHT = {'^'}
def to_postfix(tokens):
    out, ops = [], []
    for t in tokens:
        if t.isdigit():
            out.append(t)
        elif t == '(':
            ops.append(t)
        elif t == ')':
            while ops[-1] != '(':
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != '(' and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t not in RIGHT)):
                out.append(ops.pop())
            ops.append(t)
    while ops:
        out.append(ops.pop())
    return out
def evaluate(postfix):
    st = []
    for t in postfix:
        if t.isdigit():
            st.append(int(t))
        else:
            b, a = st.pop(), st.pop()
            st.append({'+': a + b, '-': a - b, '*': a * b, '/': a // b, '^': a ** b}[t])
    return st[0]
def tokens(expr):
    out, num = [], ''
    for ch in expr.replace(' ', ''):
        if ch.isdigit():
            num += ch
        else:
            if num:
                out.append(num)
                num = ''
            out.append(ch)
    if num:
        out.append(num)
    return out
for e in ['3 + 4 * 2', '(3 + 4) * 2', '2 ^ 3 ^ 2', '100 / 7 / 2', '(1 + (2 * (3 + 4))) * 5 - 6', '12']:
    pf = to_postfix(tokens(e))
    print(f'{e:<28} {" ".join(pf):<24} = {evaluate(pf)}')
