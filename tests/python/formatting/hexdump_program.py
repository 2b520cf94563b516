# a classic hex dump built from bytes, format specs and str.join
data = bytes(range(0, 256, 7)) + 'héllo wörld\n'.encode('utf-8')
for offset in range(0, len(data), 16):
    chunk = data[offset:offset + 16]
    hexpart = ' '.join(f'{b:02x}' for b in chunk)
    text = ''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)
    print(f'{offset:08x}  {hexpart:<47}  |{text}|')
print(f'{len(data)} bytes, checksum {sum(data) & 0xFFFF:#06x}')
