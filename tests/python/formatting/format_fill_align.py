# fill characters and the four alignments for str, int and float
for spec in ('<9', '>9', '^9', '*<9', '*>9', '*^9', '0>9', ' ^9', '.^10', '=>9', '{<9', '}>9'):
    print(f'{spec!r:7}', '[' + format('abc', spec) + ']', '[' + format(42, spec) + ']', '[' + format(-1.5, spec) + ']')
for spec in ('=9', '*=9', '0=9', '=+9', '_=9'):
    print(f'{spec!r:7}', '[' + format(-42, spec) + ']', '[' + format(3.25, spec) + ']')
print('[' + format('ab', '^5') + ']', '[' + 'ab'.center(5) + ']', '[' + format('abc', '^6') + ']', '[' + 'abc'.center(6) + ']')
print('[' + format('toolong', '<3') + ']', '[' + format('', '*^4') + ']', '[' + format('é', '~^5') + ']')
print('[{:*^{}}]'.format('mid', 11), '[{:{}{}{}}]'.format('x', '-', '>', 4))
