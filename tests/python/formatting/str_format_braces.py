# literal braces and malformed brace errors in str.format
print('{{}}'.format(), '{{{}}}'.format('x'), '{{0}} {0}'.format('y'), '}}{{'.format())
for fmt in ('{', '}', 'a{b', 'a}b', '{0', '{:', '{0:{1:{2}}}', '{0:{}}}'):
    try:
        print(repr(fmt), '->', repr(fmt.format('v', 5, 'x')))
    except (ValueError, IndexError) as e:
        print(repr(fmt), '->', type(e).__name__ + ':', e)
print('{0:{1}}|{0:{w}}|{0:>{w}}|'.format('ab', 6, w=4))
