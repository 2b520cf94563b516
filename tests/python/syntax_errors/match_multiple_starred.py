# Two starred names in one sequence pattern: the error spans the whole sequence pattern.
for src in ['match x:\n case [*a, *b]: pass', 'match x:\n case (1, *a, 2, *b): pass', 'match x:\n case 1, *a, *_: pass', 'match x:\n case [[*a, *b]]: pass', 'match x:\n case {"k": [*a, *b]}: pass']:
    try: compile(src, 'c', 'exec')
    except SyntaxError as e: print(repr(src), e.msg, e.offset, e.end_offset)
