# the '0' option: sign-aware zero padding, and interaction with explicit alignment and grouping
for spec in ('08', '+08', ' 08', '08.2f', '+010.3e', '010,', '010_', '08x', '#010b', '<08', '>08', '^08'):
    row = []
    for v in (42, -42, 3.5, -3.5):
        try:
            row.append('[' + format(v, spec) + ']')
        except ValueError as e:
            row.append('ValueError')
    print(f'{spec!r:10}', ' '.join(row))
print(format('ab', '05'), format('ab', '<05'), format(True, '05'))
print(format(float('inf'), '08'), format(float('nan'), '08.2f'), format(1234567, '012,'))
