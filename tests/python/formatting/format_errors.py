# errors from malformed or inapplicable format specifications
cases = [(1, 'q'), (1.5, 'q'), ('s', 'q'), (1, '<<'), (1, '.'), (1, '10.'), (1.5, '.x'), (1, '%%'),
         ('s', '=10'), (1, '10000000000000000000000'), (1.5, '.10000000000000000000000f'), ([1], '>5'),
         (1, ',,'), (1, '_d_'), (object(), 's'), (1.5, 'n,'), (1j, '=10'), (1j, '010')]
for v, spec in cases:
    try:
        print(type(v).__name__, repr(spec), '->', repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(v).__name__, repr(spec), '->', type(e).__name__ + ':', e)
