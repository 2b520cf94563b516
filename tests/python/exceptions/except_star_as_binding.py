# except* with tuples of types and the order of clauses
def run(excs):
    try:
        raise ExceptionGroup('grp', excs)
    except* (ValueError, TypeError) as eg:
        print('  value/type:', [repr(e) for e in eg.exceptions])
    except* ArithmeticError as eg:
        print('  arithmetic:', [type(e).__name__ for e in eg.exceptions])
    except* Exception as eg:
        print('  everything else:', [type(e).__name__ for e in eg.exceptions])
for excs in ([ValueError(1)], [ZeroDivisionError(), OverflowError(), ValueError(2)],
             [KeyError(), TypeError(3), RuntimeError()]):
    print('group of', len(excs))
    run(excs)
