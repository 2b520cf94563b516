# full format specs combining fill, align, sign, z, #, 0, width, grouping, precision and type
specs = ['*<+#12,.3f', '_>-10.2e', '^+15_', '=+#012x', '0=+12,.1f', ' ^10.2%', '#<10o', '>#12_b', '+z.2f', '-^+#14,.4g']
values = [12345.6789, -0.00042, 987654321, 255, -3.75, 0.4567]
for spec in specs:
    row = []
    for v in values:
        try:
            row.append('[' + format(v, spec) + ']')
        except ValueError:
            row.append('-')
    print(f'{spec:12}', ' '.join(row))
