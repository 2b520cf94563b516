# Imaginary literals and simple complex arithmetic
print(1j, 2J, 0j)
print(1.5j, 1e2j, .5j, 1_0j)
print(3 + 4j, 3 - 4j, -4j)
print(type(1j).__name__)
z = 3 + 4j
print(z.real, z.imag)
print(z * 1j, z + z, z * z)
print(abs(z))
print(1j * 1j)
print((1 + 2j) == complex(1, 2))
print(0j == 0, 1 + 0j == 1)
