# A sales report built from generator pipelines: parsing CSV-like text,
# filtering, grouping, running totals, and formatting with f-strings,
# str.format and %-formatting side by side.

RAW = """\
date,region,rep,product,units,price
2023-01-03,North,Ann,Widget,12,2.50
2023-01-03,South,Bob,Gadget,3,19.99
2023-01-04,North,Ann,Gizmo,1,149.00
2023-01-05,East,Cid,Widget,40,2.25
# a comment line that the parser skips
2023-01-05,South,Bob,Widget,7,2.50
2023-01-06,West,Dee,Gadget,5,18.75
2023-01-06,East,Cid,Gizmo,2,145.50
bad line without enough fields
2023-01-07,North,Eve,Gadget,4,notanumber
2023-01-08,West,Dee,Widget,100,2.10
2023-01-09,North,Ann,Widget,-3,2.50
2023-02-01,South,Fay,Gizmo,1,150
"""


class ParseIssue(Exception):
    def __init__(self, lineno, reason):
        super().__init__(f"line {lineno}: {reason}")
        self.lineno = lineno


def lines(text):
    for n, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            yield n, line


def records(numbered, issues):
    header = None
    for n, line in numbered:
        fields = line.split(",")
        if header is None:
            header = fields
            continue
        if len(fields) != len(header):
            issues.append(ParseIssue(n, f"expected {len(header)} fields, got {len(fields)}"))
            continue
        rec = dict(zip(header, fields))
        try:
            rec["units"] = int(rec["units"])
            rec["price"] = float(rec["price"])
        except ValueError as e:
            issues.append(ParseIssue(n, str(e)))
            continue
        yield rec


def valid(recs, issues):
    for r in recs:
        if r["units"] <= 0:
            issues.append(ParseIssue(-1, f"non-positive units for {r['rep']} on {r['date']}"))
        else:
            yield r


def with_totals(recs):
    running = 0.0
    for r in recs:
        total = r["units"] * r["price"]
        running += total
        yield {**r, "total": total, "running": running}


def group_by(recs, key):
    groups = {}
    for r in recs:
        groups.setdefault(r[key], []).append(r)
    return groups


issues = []
rows = list(with_totals(valid(records(lines(RAW), issues), issues)))

print(f"{'Date':<10} {'Rep':<4}{'Product':>8} {'Units':>5} {'Price':>8} {'Total':>9} {'Running':>10}")
print("-" * 60)
for r in rows:
    print(f"{r['date']:<10} {r['rep']:<4}{r['product']:>8} {r['units']:>5d} {r['price']:>8.2f} "
          f"{r['total']:>9,.2f} {r['running']:>10,.2f}")
print("=" * 60)

print("\nBy region:")
by_region = group_by(rows, "region")
grand = sum(r["total"] for r in rows)
for region in sorted(by_region, key=lambda k: -sum(r["total"] for r in by_region[k])):
    rs = by_region[region]
    total = sum(r["total"] for r in rs)
    share = total / grand
    bar = "#" * round(share * 40)
    print("{:<6}|{:>3} sales|{:>10.2f}|{:>6.1%}| {}".format(region, len(rs), total, share, bar))

print("\nBy product:")
for product, rs in sorted(group_by(rows, "product").items()):
    units = sum(r["units"] for r in rs)
    avg = sum(r["price"] for r in rs) / len(rs)
    print("%-8s units=%4d avg price=%8.3f reps=%s" % (product, units, avg, ",".join(sorted({r["rep"] for r in rs}))))

print("\nBest day per rep:")
for rep, rs in sorted(group_by(rows, "rep").items()):
    best = max(rs, key=lambda r: (r["total"], r["date"]))
    print(f"  {rep}: {best['date']} ({best['total']:.2f})", end="")
    print("" if len(rs) == 1 else f" of {len(rs)} days")

months = {}
for r in rows:
    y, m, _ = map(int, r["date"].split("-"))
    months[(y, m)] = months.get((y, m), 0) + r["total"]
print("\nMonthly:", {f"{y}-{m:02d}": round(v, 2) for (y, m), v in sorted(months.items())})

print(f"\n{len(issues)} issues:")
for issue in sorted(issues, key=lambda i: (i.lineno < 0, i.lineno)):
    print("  *", issue)

top = sorted(rows, key=lambda r: r["total"], reverse=True)[:3]
print("\nTop 3:", ", ".join("{rep}/{product}={total:.0f}".format(**r) for r in top))
print("Median total: %.2f" % sorted(r["total"] for r in rows)[len(rows) // 2])
print("Spread: {0[0]:.2f}..{0[1]:.2f}".format((min(r["total"] for r in rows), max(r["total"] for r in rows))))
print("%(n)d rows, %(units)d units, %(grand).2f total" % {"n": len(rows), "units": sum(r["units"] for r in rows), "grand": grand})
