# complex formatting with "#" keeps the decimal point; unknown format codes outside printable ASCII show as \xNN.
for c in [1e22+1j, 1.5+0j, 0j, 1j, -0.0+5j, float('inf')+1j, 1e-7j, 123456789012345678j, complex(-0.0, -0.0), complex(float("nan"), 2)]:
    print(format(c, '#'), format(c, ''), format(c, '#>20'), format(c, '#.3'))
for s in ['\x7f', '\x1f', 'é', '€', '!', '~', ' ']:
    for v in [1, 'a', 1.5, 1j]:
        try:
            format(v, s)
        except ValueError as e:
            print(repr(str(e)))
