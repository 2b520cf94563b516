# A CSV-like record validator: parses 20,000 generated lines, where many fields are malformed, with
# try/except around int()/float() conversions, dictionary lookups that miss (KeyError) and custom
# exceptions carrying context -- the exception-heavy style of data-cleaning scripts.


class RecordError(Exception):
    def __init__(self, line_no, field, reason):
        super().__init__(f"line {line_no}: {field}: {reason}")
        self.line_no = line_no
        self.field = field


CATEGORIES = {"food": 0.05, "book": 0.0, "tool": 0.2, "toy": 0.15}


def make_lines(n):
    lines = []
    seed = 7
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2**31
        qty = str(seed % 50) if seed % 7 else "x" + str(seed % 5)
        price = f"{(seed % 10000) / 100:.2f}" if seed % 11 else "n/a"
        cat = ["food", "book", "tool", "toy", "misc"][seed % 5]
        lines.append(f"item{i},{qty},{price},{cat}")
    return lines


def parse_int(text, line_no, field):
    try:
        value = int(text)
    except ValueError:
        raise RecordError(line_no, field, f"not an integer: {text!r}") from None
    if value < 0:
        raise RecordError(line_no, field, "negative")
    return value


def parse_record(line, line_no):
    name, qty, price, cat = line.split(",")
    quantity = parse_int(qty, line_no, "qty")
    try:
        unit = float(price)
    except ValueError as e:
        raise RecordError(line_no, "price", str(e)) from e
    try:
        tax = CATEGORIES[cat]
    except KeyError:
        raise RecordError(line_no, "category", f"unknown {cat!r}") from None
    return name, quantity, unit * quantity * (1 + tax)


def main():
    totals = {}
    errors = {}
    first_errors = []
    for line_no, line in enumerate(make_lines(20000), 1):
        try:
            name, quantity, total = parse_record(line, line_no)
        except RecordError as e:
            errors[e.field] = errors.get(e.field, 0) + 1
            if len(first_errors) < 5:
                first_errors.append(str(e))
            continue
        finally:
            pass
        totals[quantity % 10] = totals.get(quantity % 10, 0.0) + total
    print("errors by field:", sorted(errors.items()))
    for message in first_errors:
        print(" ", message)
    print("totals:", {k: round(v, 2) for k, v in sorted(totals.items())})


main()
