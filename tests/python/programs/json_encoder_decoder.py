# A hand-written JSON encoder (match-based, with escapes and indentation) and decoder with error positions.
class JSONError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f'{msg} at position {pos}')
        self.pos = pos
ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}
def encode(obj, indent=None, level=0):
    nl = '' if indent is None else '\n' + ' ' * (indent * (level + 1))
    end = '' if indent is None else '\n' + ' ' * (indent * level)
    sep = ', ' if indent is None else ','
    match obj:
        case None: return 'null'
        case bool(): return 'true' if obj else 'false'
        case int(): return str(obj)
        case float() if obj != obj or obj in (float('inf'), -float('inf')): raise ValueError(f'out of range float: {obj!r}')
        case float(): return repr(obj)
        case str():
            out = []
            for ch in obj:
                if ch in ESC: out.append(ESC[ch])
                elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                    cp = ord(ch)
                    if cp > 0xFFFF:
                        cp -= 0x10000
                        out.append(f'\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}')
                    else: out.append(f'\\u{cp:04x}')
                else: out.append(ch)
            return '"' + ''.join(out) + '"'
        case list() | tuple():
            if not obj: return '[]'
            return '[' + nl + (sep + nl).join(encode(x, indent, level + 1) for x in obj) + end + ']'
        case dict():
            if not obj: return '{}'
            items = []
            for k, v in obj.items():
                if not isinstance(k, str): k = encode(k) if not isinstance(k, (int, float, bool)) or True else k
                items.append(encode(str(k) if not isinstance(k, str) else k) + ': ' + encode(v, indent, level + 1))
            return '{' + nl + (sep + nl).join(items) + end + '}'
    raise TypeError(f'Object of type {type(obj).__name__} is not JSON serializable')
class Decoder:
    def __init__(self, s): self.s = s; self.i = 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in ' \t\n\r': self.i += 1
    def value(self):
        self.ws()
        if self.i >= len(self.s): raise JSONError('Expecting value', self.i)
        c = self.s[self.i]
        if c == '{': return self.obj()
        if c == '[': return self.arr()
        if c == '"': return self.string()
        for lit, val in (('true', True), ('false', False), ('null', None)):
            if self.s.startswith(lit, self.i): self.i += len(lit); return val
        return self.number()
    def number(self):
        j = self.i
        while j < len(self.s) and self.s[j] in '+-0123456789.eE': j += 1
        txt = self.s[self.i:j]
        if not txt: raise JSONError('Expecting value', self.i)
        self.i = j
        return float(txt) if any(c in txt for c in '.eE') else int(txt)
    def string(self):
        self.i += 1; out = []
        while True:
            if self.i >= len(self.s): raise JSONError('Unterminated string', self.i)
            c = self.s[self.i]
            if c == '"': self.i += 1; return ''.join(out)
            if c == '\\':
                e = self.s[self.i + 1]
                if e == 'u':
                    cp = int(self.s[self.i + 2:self.i + 6], 16); self.i += 6
                    if 0xD800 <= cp < 0xDC00 and self.s.startswith('\\u', self.i):
                        lo = int(self.s[self.i + 2:self.i + 6], 16); self.i += 6
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)
                    out.append(chr(cp)); continue
                out.append({'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f'}.get(e, e)); self.i += 2; continue
            out.append(c); self.i += 1
    def arr(self):
        self.i += 1; out = []; self.ws()
        if self.s[self.i] == ']': self.i += 1; return out
        while True:
            out.append(self.value()); self.ws()
            if self.s[self.i] == ',': self.i += 1; continue
            if self.s[self.i] == ']': self.i += 1; return out
            raise JSONError("Expecting ',' delimiter", self.i)
    def obj(self):
        self.i += 1; out = {}; self.ws()
        if self.s[self.i] == '}': self.i += 1; return out
        while True:
            self.ws(); k = self.string(); self.ws()
            if self.s[self.i] != ':': raise JSONError("Expecting ':' delimiter", self.i)
            self.i += 1; out[k] = self.value(); self.ws()
            if self.s[self.i] == ',': self.i += 1; continue
            if self.s[self.i] == '}': self.i += 1; return out
            raise JSONError("Expecting ',' delimiter", self.i)
def decode(s):
    d = Decoder(s); v = d.value(); d.ws()
    if d.i != len(s): raise JSONError('Extra data', d.i)
    return v
data = {'name': 'Ünïcødé ☃ 😀', 'nums': [1, -2.5, 1e100, 3.0, 0.1, 10**20], 'nested': {'a': [], 'b': {}, 'c': [None, True, False]}, 'esc': 'tab\there "quoted" back\\slash\nnl\x01'}
s = encode(data); print(s)
print(encode(data, indent=2))
back = decode(s); print(back == data, back)
for bad in ['{"a": 1,}', '[1 2]', '{"a" 1}', '"unterminated', '', '[1] x', '{"k": tru}']:
    try: print(decode(bad))
    except JSONError as e: print(type(e).__name__, e, e.pos)
for bad in [float('nan'), {1, 2}, object]:
    try: encode(bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(encode({1: 'int key', 2.5: 'float key', None: 'none key', True: 'bool'}))
