# isdecimal ⊂ isdigit ⊂ isnumeric across scripts, and what int()/float() accept
samples = ['123', '²', '½', '٣', '①', 'Ⅻ', '５', '𝟗', '〇', '十', '-1', '1.5', '', ' 1', '٣٤٥', '⁴₂']
for s in samples:
    try:
        i = int(s)
    except ValueError:
        i = 'ValueError'
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), i)
print(int('٣٤٥') + 1, float('١.٥'), int('５０'), int(' ٣ '), float('𝟗.𝟓'))
try:
    float('½')
except ValueError as e:
    print('ValueError:', e)
