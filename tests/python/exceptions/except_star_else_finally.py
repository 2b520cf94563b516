# except* works with else and finally
def run(excs):
    try:
        if excs:
            raise ExceptionGroup('g', excs)
    except* ValueError as eg:
        print('  values', len(eg.exceptions))
    except* TypeError:
        print('  types')
    else:
        print('  else: nothing raised')
    finally:
        print('  finally')
for excs in ([], [ValueError(1), ValueError(2)], [TypeError(), ValueError(3)]):
    print('run', excs)
    run(excs)
try:
    run([KeyError('unhandled')])
except ExceptionGroup as eg:
    print('escaped after finally:', repr(eg))
