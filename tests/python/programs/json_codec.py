# A hand-written JSON encoder/decoder: recursion, isinstance dispatch,
# string escapes (including surrogate pairs), float reprs, pretty printing,
# error positions, and a round-trip check.

class JSONError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - text.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")
        self.pos = pos


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def encode_str(s, ascii_only):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or (ascii_only and ord(ch) > 0x7E):
            cp = ord(ch)
            if cp > 0xFFFF:
                cp -= 0x10000
                out.append(f"\\u{0xD800 | (cp >> 10):04x}\\u{0xDC00 | (cp & 0x3FF):04x}")
            else:
                out.append(f"\\u{cp:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(obj, indent=None, sort_keys=False, ascii_only=True, _level=0):
    nl = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return int.__repr__(obj)
    if isinstance(obj, float):
        if obj != obj:
            return "NaN"
        if obj in (float("inf"), float("-inf")):
            return "Infinity" if obj > 0 else "-Infinity"
        return float.__repr__(obj)
    if isinstance(obj, str):
        return encode_str(obj, ascii_only)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [encode(x, indent, sort_keys, ascii_only, _level + 1) for x in obj]
        return "[" + nl + (sep + nl).join(items) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        keys = sorted(obj) if sort_keys else list(obj)
        parts = []
        for k in keys:
            if isinstance(k, str):
                ks = k
            elif isinstance(k, (int, float, bool)) or k is None:
                ks = encode(k)
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")
            parts.append(encode_str(ks, ascii_only) + ": " + encode(obj[k], indent, sort_keys, ascii_only, _level + 1))
        return "{" + nl + (sep + nl).join(parts) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


class Decoder:
    WS = " \t\n\r"

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def fail(self, msg, pos=None):
        raise JSONError(msg, self.text, self.pos if pos is None else pos)

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in self.WS:
            self.pos += 1

    def decode(self):
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            self.fail("Extra data")
        return value

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            self.fail("Expecting value")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None),
                          ("NaN", float("nan")), ("Infinity", float("inf")), ("-Infinity", float("-inf"))):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def number(self):
        start = self.pos
        t = self.text
        if t[self.pos:self.pos + 1] == "-":
            self.pos += 1
        digits = self.pos
        while self.pos < len(t) and t[self.pos].isdigit():
            self.pos += 1
        if self.pos == digits:
            self.fail("Expecting value", start)
        is_float = False
        if t[self.pos:self.pos + 1] == ".":
            is_float = True
            self.pos += 1
            while self.pos < len(t) and t[self.pos].isdigit():
                self.pos += 1
        if t[self.pos:self.pos + 1] in ("e", "E"):
            is_float = True
            self.pos += 1
            if t[self.pos:self.pos + 1] in ("+", "-"):
                self.pos += 1
            while self.pos < len(t) and t[self.pos].isdigit():
                self.pos += 1
        text = t[start:self.pos]
        return float(text) if is_float else int(text)

    def string(self):
        self.pos += 1
        out = []
        t = self.text
        while True:
            if self.pos >= len(t):
                self.fail("Unterminated string starting at", self.pos)
            ch = t[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                esc = t[self.pos + 1:self.pos + 2]
                simple = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/", "\\": "\\", '"': '"'}
                if esc in simple:
                    out.append(simple[esc])
                    self.pos += 2
                elif esc == "u":
                    cp = int(t[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    if 0xD800 <= cp < 0xDC00 and t[self.pos:self.pos + 2] == "\\u":
                        low = int(t[self.pos + 2:self.pos + 6], 16)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00)
                        self.pos += 6
                    out.append(chr(cp))
                else:
                    self.fail("Invalid \\escape")
            else:
                out.append(ch)
                self.pos += 1

    def arr(self):
        self.pos += 1
        items = []
        self.skip()
        if self.text[self.pos:self.pos + 1] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "]":
                return items
            if ch != ",":
                self.fail("Expecting ',' delimiter", self.pos - 1)

    def obj(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos:self.pos + 1] == "}":
            self.pos += 1
            return result
        while True:
            self.skip()
            if self.text[self.pos:self.pos + 1] != '"':
                self.fail("Expecting property name enclosed in double quotes")
            key = self.string()
            self.skip()
            if self.text[self.pos:self.pos + 1] != ":":
                self.fail("Expecting ':' delimiter")
            self.pos += 1
            result[key] = self.value()
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                self.fail("Expecting ',' delimiter", self.pos - 1)


doc = {
    "name": "Krait \u2014 snake",
    "version": (3, 11),
    "pi": 3.141592653589793,
    "tiny": 1e-7,
    "big": 1e22,
    "neg": -0.0,
    "ints": [0, -1, 2 ** 64],
    "flags": {"on": True, "off": False, "none": None},
    "text": 'line1\nline2\t"quoted" \\ back',
    "emoji": "snake \U0001F40D!",
    "ctrl": "\x01\x1f",
    7: "int key",
    2.5: "float key",
    None: "null key",
    "empty": [[], {}, ""],
}
compact = encode(doc)
print(compact)
print(encode(doc, indent=2, sort_keys=False))
print(encode({"b": 1, "a": [1, {"d": 2, "c": None}]}, indent=4, sort_keys=True))
print(encode(["é", "😀"], ascii_only=False), encode(float("nan")), encode([float("inf"), -float("inf")]))

back = Decoder(compact).decode()
print(back["emoji"] == doc["emoji"], back["text"] == doc["text"], back["version"], back["7"], back["null"])
print(type(back["big"]).__name__, back["big"], back["ints"][2] == 2 ** 64, back["neg"])
print(Decoder(' {"a" : [1, 2.50, -3e2, {"b": "\\u00e9\\ud83d\\ude00"}], "c": {} } ').decode())

for bad in ['{"a": 1,}', '[1 2]', '{"a" 1}', '{1: 2}', '"abc', '[1, 2] x', '', '{"k": tru}',
            '[\n  1,\n  -\n]', '"bad \\q escape"']:
    try:
        print("parsed?", Decoder(bad).decode())
    except JSONError as e:
        print(f"{bad!r:24} -> {e}")

for bad in [{(1, 2): 3}, {1: object}, [set()]]:
    try:
        encode(bad)
    except TypeError as e:
        print("TypeError:", e)

nested = []
cur = nested
for i in range(50):
    cur.append([])
    cur = cur[0]
print(len(encode(nested)), Decoder(encode(nested)).decode() == nested)
