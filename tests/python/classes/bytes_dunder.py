# __bytes__ is used by bytes(); __str__ by str(); __repr__ by repr()
class Packet:
    def __init__(self, data): self.data = data
    def __bytes__(self): return bytes(self.data)
    def __str__(self): return 'Packet'
p = Packet([104, 105])
print(bytes(p), str(p), len(bytes(p)))
class Bad:
    def __bytes__(self): return 'str'
try:
    bytes(Bad())
except TypeError as e:
    print('TypeError:', e)
try:
    bytes(object())
except TypeError as e:
    print('TypeError:', e)
class Iter:
    def __iter__(self): return iter([65, 66])
print(bytes(Iter()), bytearray(Iter()))
