# lists used as stack and simple queue
stack = []
for c in 'abc':
    stack.append(c)
    print('push', c, stack)
while stack:
    print('pop', stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
def balanced(text):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in text:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for t in ['([]{})', '([)]', '((', '', 'a(b)c']:
    print(repr(t), balanced(t))
