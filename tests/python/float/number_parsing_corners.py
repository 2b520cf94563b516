# float(), int() and complex() of unusual strings: infinities, nans, underscores, Unicode digits, bases, errors.
for s in ['inf', 'Infinity', '-iNF', '+nan', '-nan', 'nan(123)', '1e', '.', '.5', '5.', '1_000.0_1', '1__0', '_1', '1e1_0', '0x10', ' \t\n12.5\x0c ', '\u20071.5', '١٢٣.٥', '1e-400', '1e400', '-0', '0e0', '1.7976931348623159e308', '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324', '0.1e-0', '1,5', '', ' ', '++1', '1-', 'in f', 'infinit']:
    try: r = repr(float(s))
    except ValueError as e: r = 'ValueError: ' + str(e)
    try: r2 = repr(int(s))
    except ValueError as e: r2 = 'ValueError: ' + str(e)
    try: r3 = repr(complex(s))
    except ValueError as e: r3 = 'ValueError: ' + str(e)
    print(repr(s), r, r2, r3)
for s in ['1+2j', '(1+2j)', ' ( 1-2J ) ', 'j', '-j', '1e3j', 'nanj', 'inf+infj', '1+j', '(1)', '1 + 2j', '(1+2j', '3.5e-2-7.0J']:
    try: print(repr(s), complex(s))
    except ValueError as e: print(repr(s), 'ValueError:', e)
for args in [(1, 2), ('1', 2), (1j, 1j), (1.5,), (), (None,)]:
    try: print(args, complex(*args))
    except TypeError as e: print(args, 'TypeError:', e)
for b in [2, 8, 16, 36, 0]:
    for s in ['10', '0x1A', '0o17', '0b11', 'z', '1_0', '-ff', ' 7 ']:
        try: print(b, repr(s), int(s, b))
        except ValueError as e: print(b, repr(s), 'ValueError:', e)
