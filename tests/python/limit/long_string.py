# long strings
s = 'abc' * 400_000
print(len(s), s[:6], s[-6:], s.count('ca'), s.find('cb'))
t = s.replace('b', 'XY')
print(len(t), t[:8])
parts = s.split('c')
print(len(parts), parts[0], repr(parts[-1]))
u = ''.join(str(i % 10) for i in range(500_000))
print(len(u), u[123456:123466], u.count('7'))
print(s.upper()[-3:], len(s + s), ('x' * 10 ** 6).count('xx'))
