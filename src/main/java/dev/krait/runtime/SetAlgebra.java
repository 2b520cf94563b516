package dev.krait.runtime;

/**
 * Union, intersection, difference and symmetric difference of sets, following CPython's setobject.c step for
 * step: which operand is iterated, which set is copied, when a table is rebuilt. Those choices decide where
 * each element lands in the result's table, hence the order in which it prints. A result takes the type (set
 * or frozenset) of the left operand.
 */
final class SetAlgebra {
    private SetAlgebra() {}

    /** {@code so | other} for two sets. */
    static PySet or(PySet so, PySet other) {
        PySet result = so.copy(so.isFrozen());
        if (other != so) {
            result.addAll(other);
        }
        return result;
    }

    /** {@code so.union(*others)}. */
    static PySet union(PySet so, Object[] others) {
        PySet result = so.copy(so.isFrozen());
        for (Object other : others) {
            if (other != so) {
                result.update(other);
            }
        }
        return result;
    }

    /** {@code so & other}, {@code so.intersection(other)}: iterates the smaller set, or the iterable. */
    static PySet intersection(PySet so, Object other) {
        if (other == so) {
            return so.copy(so.isFrozen());
        }
        PySet result = new PySet(so.isFrozen());
        if (other instanceof PySet o) {
            PySet small = o.size() > so.size() ? so : o;
            PySet large = small == o ? so : o;
            for (int i = small.next(0); i >= 0; i = small.next(i + 1)) {
                if (large.containsEntry(small.keyAt(i), small.hashAt(i))) {
                    result.addEntry(small.keyAt(i), small.hashAt(i));
                }
            }
            return result;
        }
        Object it = Iteration.iter(other);
        for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            if (so.contains(x)) {
                result.add(x);
            }
        }
        return result;
    }

    /** {@code so.intersection(*others)}. */
    static PySet intersection(PySet so, Object[] others) {
        PySet result = so;
        for (Object other : others) {
            result = intersection(result, other);
        }
        return result == so ? so.copy(so.isFrozen()) : result;
    }

    /** {@code so.intersection_update(*others)}: so takes over the table of the intersection. */
    static void intersectionUpdate(PySet so, Object[] others) {
        so.takeContents(intersection(so, others));
    }

    /** {@code so - other}, {@code so.difference(other)}. */
    static PySet difference(PySet so, Object other) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.size();
        } else if (other instanceof PyDict d) {
            otherSize = d.size();
        } else {
            return copyAndDifference(so, other);
        }
        // When so is much larger than other, copying so and discarding is cheaper (and lays out differently).
        if ((so.size() >> 2) > otherSize) {
            return copyAndDifference(so, other);
        }
        PySet result = new PySet(so.isFrozen());
        for (int i = so.next(0); i >= 0; i = so.next(i + 1)) {
            Object key = so.keyAt(i);
            boolean present = other instanceof PySet o ? o.containsEntry(key, so.hashAt(i))
                    : ((PyDict) other).containsKey(key);
            if (!present) {
                result.addEntry(key, so.hashAt(i));
            }
        }
        return result;
    }

    private static PySet copyAndDifference(PySet so, Object other) {
        PySet result = so.copy(so.isFrozen());
        differenceUpdate(result, other);
        return result;
    }

    /** {@code so.difference(*others)}. */
    static PySet difference(PySet so, Object[] others) {
        if (others.length == 0) {
            return so.copy(so.isFrozen());
        }
        PySet result = difference(so, others[0]);
        for (int i = 1; i < others.length; i++) {
            differenceUpdate(result, others[i]);
        }
        return result;
    }

    /** {@code so -= other}, {@code so.difference_update(other)}; rebuilds the table if many slots are dummies. */
    static void differenceUpdate(PySet so, Object other) {
        if (other == so) {
            so.clear();
            return;
        }
        if (other instanceof PySet o) {
            // A much larger other is first cut down to the common part.
            PySet source = (o.size() >> 3) > so.size() ? intersection(so, o) : o;
            for (int i = source.next(0); i >= 0; i = source.next(i + 1)) {
                so.discardEntry(source.keyAt(i), source.hashAt(i));
            }
        } else {
            Object it = Iteration.iter(other);
            for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
                so.discard(x);
            }
        }
        so.compactIfSparse();
    }

    /** {@code so ^ other}, {@code so.symmetric_difference(other)}: a copy of other, toggled by so's elements. */
    static PySet symmetricDifference(PySet so, Object other) {
        PySet result = new PySet(so.isFrozen());
        result.update(other);
        symmetricDifferenceUpdate(result, so);
        return result;
    }

    /** {@code so ^= other}: each element of other is removed from so if present, else added. */
    static void symmetricDifferenceUpdate(PySet so, Object other) {
        if (other == so) {
            so.clear();
            return;
        }
        if (other instanceof PyDict d) {
            for (int e = d.next(0); e >= 0; e = d.next(e + 1)) {
                Object key = d.keyAt(e);
                if (!so.discard(key)) {
                    so.add(key);
                }
            }
            return;
        }
        PySet source;
        if (other instanceof PySet o) {
            source = o;
        } else {
            source = new PySet(so.isFrozen());
            source.update(other);
        }
        for (int i = source.next(0); i >= 0; i = source.next(i + 1)) {
            if (!so.discardEntry(source.keyAt(i), source.hashAt(i))) {
                so.addEntry(source.keyAt(i), source.hashAt(i));
            }
        }
    }

    /** The in-place operators ({@code |= &= -= ^=}) applied to any iterable; returns so. */
    static PySet inPlace(BinaryOp op, PySet so, Object other) {
        switch (op) {
            case OR: so.update(other); break;
            case AND: intersectionUpdate(so, new Object[] {other}); break;
            case SUB: differenceUpdate(so, other); break;
            default: symmetricDifferenceUpdate(so, other); break;
        }
        return so;
    }

    /** {@code so <= other}: every element of so is in other. */
    static boolean isSubset(PySet so, PySet other) {
        if (so.size() > other.size()) {
            return false;
        }
        for (int i = so.next(0); i >= 0; i = so.next(i + 1)) {
            if (!other.containsEntry(so.keyAt(i), so.hashAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code so.issubset(iterable)}. */
    static boolean isSubsetOf(PySet so, Object other) {
        if (other instanceof PySet o) {
            return isSubset(so, o);
        }
        return intersection(so, other).size() == so.size();
    }

    /** {@code so.issuperset(iterable)}: stops at the first element of other missing from so. */
    static boolean isSupersetOf(PySet so, Object other) {
        if (other instanceof PySet o) {
            return isSubset(o, so);
        }
        Object it = Iteration.iter(other);
        for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            if (!so.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** {@code so.isdisjoint(iterable)}. */
    static boolean isDisjoint(PySet so, Object other) {
        if (other == so) {
            return so.size() == 0;
        }
        if (other instanceof PySet o) {
            PySet small = o.size() > so.size() ? so : o;
            PySet large = small == o ? so : o;
            for (int i = small.next(0); i >= 0; i = small.next(i + 1)) {
                if (large.containsEntry(small.keyAt(i), small.hashAt(i))) {
                    return false;
                }
            }
            return true;
        }
        Object it = Iteration.iter(other);
        for (Object x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            if (so.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** The rich comparisons of two sets, as subset tests. */
    static boolean compare(CompareOp op, PySet a, PySet b) {
        switch (op) {
            case EQ: return a.size() == b.size() && isSubset(a, b);
            case NE: return !(a.size() == b.size() && isSubset(a, b));
            case LE: return isSubset(a, b);
            case GE: return isSubset(b, a);
            case LT: return a.size() < b.size() && isSubset(a, b);
            default: return a.size() > b.size() && isSubset(b, a);
        }
    }

    /** frozenset's hash: order-independent, computed as CPython does so equal sets hash equal. */
    static long hash(PySet s) {
        long h = 0;
        for (int i = s.next(0); i >= 0; i = s.next(i + 1)) {
            long x = s.hashAt(i);
            h ^= ((x ^ 89869747L) ^ (x << 16)) * 3644798167L;
        }
        h ^= ((long) s.size() + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }
}
