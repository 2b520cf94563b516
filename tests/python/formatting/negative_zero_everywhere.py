# negative zero in str, repr, formatting, arithmetic and rounding
nz = -0.0
print(nz, repr(nz), str(nz), f'{nz}', '%s %r %f %.0f %g %e' % (nz, nz, nz, nz, nz, nz))
print(format(nz, '.2f'), format(nz, '+'), format(nz, 'z.1f'), format(nz, ''), format(nz, '%'))
print(nz == 0.0, nz < 0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * 5, abs(nz), -nz)
print(round(-0.4), round(-0.4, 1), round(-0.0), int(nz), -0.0 // 1, -1e-300 * 1e-300)
print(complex(nz, nz), 1 / float('-inf'), (-0.0).hex(), (-0.0).is_integer(), nz.as_integer_ratio())
print(str(-0), repr(-0), format(-0, 'd'), f'{-0:+}')
