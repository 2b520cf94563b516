# exception groups keep notes; split copies notes, traceback, cause and context onto the parts
try:
    try:
        raise KeyError('ctx')
    except KeyError:
        eg = ExceptionGroup('grp', [ValueError(1), TypeError(2)])
        eg.add_note('group note')
        raise eg from OSError('cause')
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    for part in (m, r):
        print(repr(part), part.__notes__, repr(part.__cause__), repr(part.__context__), part.__traceback__ is caught.__traceback__)
