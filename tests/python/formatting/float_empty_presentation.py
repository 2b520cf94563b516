# the empty float presentation type: like 'g' but keeps at least one fractional digit when fixed-point
for v in (1.0, 100.0, 1e15, 1e16, 0.0001, 0.00001, 123456.0, 1.5, 3.0):
    print(repr(v), '|', format(v, ''), format(v, '.1'), format(v, '.3'), format(v, '.6'), format(v, '.17'), format(v, '12.5'), '|', format(v, 'g'), format(v, '.3g'))
