package dev.krait.runtime;

import java.math.BigInteger;

/**
 * {@code range(start, stop, step)}. The bounds are arbitrary ints; when every value the range produces fits
 * in a long (nearly always), {@link #isSmall} is set and the long fields serve the fast paths.
 */
public final class PyRange extends PyObject {
    static final PyType RANGE_ITERATOR = PyIterator.sizedIteratorType("range_iterator");
    static final PyType LONG_RANGE_ITERATOR = PyIterator.sizedIteratorType("longrange_iterator");

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /**
     * Whether start, stop, step, length and every element fit in a long: the long fields are then exact and the
     * big ones null (ranges are made all the time, nearly always small, and four BigIntegers each cost).
     */
    final boolean isSmall;
    final long smallStart;
    final long smallStop;
    final long smallStep;
    final long smallLength;
    private final BigInteger bigStart;
    private final BigInteger bigStop;
    private final BigInteger bigStep;
    private final BigInteger bigLength;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        long small = smallLength(start, stop, step);
        if (small < 0) {
            this.isSmall = false;
            this.smallStart = this.smallStop = this.smallStep = this.smallLength = 0;
            this.bigStart = BigInteger.valueOf(start);
            this.bigStop = BigInteger.valueOf(stop);
            this.bigStep = BigInteger.valueOf(step);
            this.bigLength = lengthOf(bigStart, bigStop, bigStep);
        } else {
            this.isSmall = true;
            this.smallStart = start;
            this.smallStop = stop;
            this.smallStep = step;
            this.smallLength = small;
            this.bigStart = this.bigStop = this.bigStep = this.bigLength = null;
        }
    }

    /**
     * {@code range(stop)} or {@code range(start, stop)} of int arguments, which calls in loops make all the time,
     * without the generic call of a type; null for any other arguments (the generic call handles them).
     */
    public static PyRange ofLongs(Object[] args, int from, int count) {
        if (count == 1 && args[from] instanceof Long stop) {
            return new PyRange(0, stop, 1);
        }
        if (count == 2 && args[from] instanceof Long start && args[from + 1] instanceof Long stop) {
            return new PyRange(start, stop, 1);
        }
        return null;
    }

    /** {@code range(start, stop, step)} of any ints. */
    static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        if (start.bitLength() < 64 && stop.bitLength() < 64 && step.bitLength() < 64) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PyRange(start, stop, step);
    }

    /** A range with a bound beyond the long range (its elements may still all fit). */
    private PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        BigInteger length = lengthOf(start, stop, step);
        BigInteger last = length.signum() == 0 ? start : start.add(length.subtract(BigInteger.ONE).multiply(step));
        this.isSmall = fits(start) && fits(stop) && fits(step) && fits(length) && fits(last);
        if (isSmall) {
            this.smallStart = start.longValue();
            this.smallStop = stop.longValue();
            this.smallStep = step.longValue();
            this.smallLength = length.longValue();
            this.bigStart = this.bigStop = this.bigStep = this.bigLength = null;
        } else {
            this.smallStart = this.smallStop = this.smallStep = this.smallLength = 0;
            this.bigStart = start;
            this.bigStop = stop;
            this.bigStep = step;
            this.bigLength = length;
        }
    }

    BigInteger start() {
        return isSmall ? BigInteger.valueOf(smallStart) : bigStart;
    }

    BigInteger stop() {
        return isSmall ? BigInteger.valueOf(smallStop) : bigStop;
    }

    BigInteger step() {
        return isSmall ? BigInteger.valueOf(smallStep) : bigStep;
    }

    BigInteger length() {
        return isSmall ? BigInteger.valueOf(smallLength) : bigLength;
    }

    /**
     * The length of the range of longs, computed in long arithmetic (ranges are made often, usually small);
     * -1 when the length or the last element would overflow a long, for the BigInteger path to decide.
     */
    private static long smallLength(long lo, long hi, long step) {
        try {
            long length;
            if (step > 0 && lo < hi) {
                length = Math.subtractExact(Math.subtractExact(hi, lo), 1) / step + 1;
            } else if (step < 0 && lo > hi) {
                length = Math.subtractExact(Math.subtractExact(lo, hi), 1) / Math.negateExact(step) + 1;
            } else {
                return 0;
            }
            Math.addExact(lo, Math.multiplyExact(length - 1, step));
            return length;
        } catch (ArithmeticException overflow) {
            return -1;
        }
    }

    private static boolean fits(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }

    private static BigInteger lengthOf(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() > 0 && lo.compareTo(hi) < 0) {
            return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
        }
        if (step.signum() < 0 && lo.compareTo(hi) > 0) {
            return lo.subtract(hi).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE);
        }
        return BigInteger.ZERO;
    }

    @Override
    public PyType type() {
        return PyTypes.RANGE;
    }

    /** The number of elements, which must fit an index: OverflowError otherwise, as len() raises. */
    public long size() {
        if (isSmall) {
            return smallLength;
        }
        if (!fits(bigLength)) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return bigLength.longValue();
    }

    /** Element {@code i} (0 <= i < length) as an int. */
    Object get(BigInteger i) {
        return Numbers.normalize(start().add(i.multiply(step())));
    }

    /** Iterates with longs; for ranges beyond the long range, the longrange_iterator uses big ints. */
    PyIterator iterator() {
        if (isSmall) {
            return new Iterator(smallStart, smallStep, smallLength);
        }
        return new LongIterator(bigStart, bigStep, bigLength);
    }

    /** Iterates a range without allocating anything but the yielded Longs. */
    public static final class Iterator extends PyIterator {
        private long next;
        private final long step;
        private long remaining;

        Iterator(long start, long step, long length) {
            super(RANGE_ITERATOR);
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public Object next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return v;
        }

        @Override
        public Object lengthHint() {
            return Math.max(0, remaining);
        }
    }

    private static final class LongIterator extends PyIterator {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        LongIterator(BigInteger start, BigInteger step, BigInteger length) {
            super(LONG_RANGE_ITERATOR);
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public Object next() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return Numbers.normalize(v);
        }

        @Override
        public Object lengthHint() {
            return Numbers.normalize(remaining.max(BigInteger.ZERO));
        }
    }
}
