package dev.krait.runtime;

/** A complex number, with CPython's arithmetic (the same formulas, so the same rounding). */
public final class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyTypes.OBJECT, true, null, ComplexMethods::init);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static PyComplex add(PyComplex a, PyComplex b) {
        return new PyComplex(a.real + b.real, a.imag + b.imag);
    }

    static PyComplex sub(PyComplex a, PyComplex b) {
        return new PyComplex(a.real - b.real, a.imag - b.imag);
    }

    static PyComplex mul(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    static PyComplex div(PyComplex a, PyComplex b) {
        PyComplex q = quotient(a, b);
        if (q == null) {
            throw Errors.zeroDivision("complex division by zero");
        }
        return q;
    }

    /** Division scaled by the larger component of the divisor, to avoid needless overflow; null for b == 0. */
    private static PyComplex quotient(PyComplex a, PyComplex b) {
        double absReal = Math.abs(b.real);
        double absImag = Math.abs(b.imag);
        if (absReal >= absImag) {
            if (absReal == 0) {
                return null;
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absImag >= absReal) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    /**
     * {@code a ** b}: integral exponents up to 100 by repeated squaring (exact for small cases, as in CPython),
     * others in polar form. An infinite result is an OverflowError.
     */
    static PyComplex pow(PyComplex a, PyComplex b) {
        PyComplex r;
        if (b.imag == 0 && b.real == Math.rint(b.real) && Math.abs(b.real) <= 100) {
            long n = (long) b.real;
            r = n >= 0 ? powUnsigned(a, n) : quotient(new PyComplex(1, 0), powUnsigned(a, -n));
            if (r == null) {
                throw Errors.zeroDivision("0.0 to a negative or complex power");
            }
        } else {
            r = powPolar(a, b);
        }
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw Errors.overflow("complex exponentiation");
        }
        return r;
    }

    private static PyComplex powUnsigned(PyComplex x, long n) {
        PyComplex r = new PyComplex(1, 0);
        PyComplex p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = mul(r, p);
            }
            p = mul(p, p);
        }
        return r;
    }

    private static PyComplex powPolar(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw Errors.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        if (Double.isInfinite(phase)) {
            // The C library's cos/sin of an infinite angle is a domain error, which CPython reports so.
            throw Errors.zeroDivision("0.0 to a negative or complex power");
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    /**
     * sqrt(x*x + y*y) without undue overflow, correctly rounded when the result is normal (Java's
     * Math.hypot is off by an ulp in about one case in eight, where the C library CPython uses is exact):
     * the root of the fused sum gets one Newton correction whose residual is computed exactly with fma.
     */
    static double hypot(double x, double y) {
        x = Math.abs(x);
        y = Math.abs(y);
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        double big = Math.max(x, y);
        double small = Math.min(x, y);
        if (Double.isNaN(big) || small == 0) {
            return big;
        }
        // Work near 1 so that neither square overflows nor underflows; powers of two scale exactly.
        double scale = Math.getExponent(big) > 500 ? 0x1p600 : Math.getExponent(big) < -500 ? 0x1p-600 : 1;
        big /= scale;
        small /= scale;
        double h = Math.sqrt(Math.fma(big, big, small * small));
        double hh = h * h;
        double bb = big * big;
        double ss = small * small;
        // (big² + small² - h²) from the rounded squares and their exact rounding errors.
        double residual = ((bb - hh) + ss)
                + (Math.fma(big, big, -bb) + Math.fma(small, small, -ss) - Math.fma(h, h, -hh));
        return (h + residual / (2 * h)) * scale;
    }

    /** The modulus; OverflowError when finite parts give an infinite result. */
    double abs() {
        double r = hypot(real, imag);
        if (Double.isInfinite(r) && Double.isFinite(real) && Double.isFinite(imag)) {
            throw Errors.overflow("absolute value too large");
        }
        return r;
    }

    /** repr: {@code 2j}, {@code (1+2j)}, {@code (-0-1j)}: parts in shortest repr without a trailing ".0". */
    public String repr() {
        String im = component(imag);
        if (real == 0 && Math.copySign(1, real) > 0) {
            return im + "j";
        }
        String sign = Double.isNaN(imag) || Math.copySign(1, imag) > 0 ? "+" : "";
        return "(" + component(real) + sign + im + "j)";
    }

    private static String component(double d) {
        String s = FloatRepr.repr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** CPython's hash: the real part's hash plus 1000003 times the imaginary part's. */
    long hash() {
        long h = Hashing.hashDouble(real, this) + 1000003L * Hashing.hashDouble(imag, this);
        return h == -1 ? -2 : h;
    }
}
