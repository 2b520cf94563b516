package dev.krait.runtime;

/** A complex number. */
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

    static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw Errors.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    /** repr: {@code 2j}, {@code (1+2j)}, {@code (-0-1j)}. */
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
}
