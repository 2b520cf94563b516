# int.from_bytes takes bytes-likes, iterables of ints and __bytes__, never an int as a size; int.__round__(None) is refused.
def t(s, f):
    try:
        print(s, '->', f())
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
class B:
    def __bytes__(self): return b"\x01\x02"
class Ix:
    def __index__(self): return 3
t("fb int", lambda: int.from_bytes(1))
t("fb idx", lambda: int.from_bytes(Ix()))
t("fb str", lambda: int.from_bytes("ab"))
t("fb list", lambda: int.from_bytes([1, 2], "little"))
t("fb B", lambda: int.from_bytes(B()))
t("fb none", lambda: int.from_bytes(None))
t("fb gen", lambda: int.from_bytes(x for x in (1, 0)))
t("fb ba", lambda: int.from_bytes(bytearray(b"\xff\xff"), signed=True))
t("round none", lambda: (5).__round__(None))
t("round", lambda: (15).__round__(-1))
t("round2", lambda: round(15, None))
t("round3", lambda: round(True, 1))
