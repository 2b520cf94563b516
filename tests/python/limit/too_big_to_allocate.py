# Containers too big for memory fail at once with MemoryError (or OverflowError where the size does not even
# fit an index), and the program goes on.
attempts = [
    lambda: list(range(10**10)),
    lambda: list(range(10**20)),
    lambda: [0] * 10**10,
    lambda: [0] * 2**62,
    lambda: (1,) * 2**40,
    lambda: b"a" * 10**12,
    lambda: bytearray(10**11),
]
for attempt in attempts:
    try:
        attempt()
        print("made it")
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
print(list(range(3)), list(range(0)), list(range(10, 0, -4)))
