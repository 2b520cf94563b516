package dev.krait.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code repr(float)}: the shortest decimal string that reads back as the same double, laid out as CPython does
 * (positional for exponents -4..15, else scientific with a two-digit minimum exponent).
 */
public final class FloatRepr {
    private FloatRepr() {}

    /** JDK 19 and later print the shortest round-trip digits (JDK-4511638); older ones sometimes add a digit. */
    private static final boolean JDK_SHORTEST = Runtime.version().feature() >= 19;

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        Digits digits = shortest(Math.abs(d));
        return (d < 0 ? "-" : "") + layout(digits.digits, digits.exponent);
    }

    /** Significant digits (no leading/trailing zeros) and decimal exponent: value = 0.DIGITS * 10**exponent. */
    record Digits(String digits, int exponent) {}

    static Digits shortest(double d) {
        Digits javaDigits = parse(Double.toString(d));
        if (JDK_SHORTEST || javaDigits.digits.length() <= 1) {
            return javaDigits;
        }
        // Shorter correctly rounded forms round-trip if any shorter form does; find the shortest.
        Digits best = javaDigits;
        BigDecimal exact = new BigDecimal(d);
        for (int n = javaDigits.digits.length() - 1; n >= 1; n--) {
            BigDecimal r = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
            if (r.doubleValue() != d) {
                break;
            }
            best = parse(r.toString());
        }
        return best;
    }

    /** Parses Java's "1.2345E-7" or "123.45" (or BigDecimal's "1.2E+3") into digits and exponent. */
    private static Digits parse(String s) {
        int exp = 0;
        int e = s.indexOf('E');
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            s = s.substring(0, e);
        }
        int dot = s.indexOf('.');
        String intPart = dot < 0 ? s : s.substring(0, dot);
        String frac = dot < 0 ? "" : s.substring(dot + 1);
        String all = intPart + frac;
        int pointPos = intPart.length() + exp;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        all = all.substring(lead);
        pointPos -= lead;
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(all.substring(0, end), pointPos);
    }

    /** Lays out digits like CPython's repr: decimal point position {@code exponent}. */
    static String layout(String digits, int exponent) {
        int sciExp = exponent - 1;
        StringBuilder b = new StringBuilder(24);
        if (sciExp < -4 || sciExp >= 16) {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            b.append('e').append(sciExp < 0 ? '-' : '+');
            int ae = Math.abs(sciExp);
            if (ae < 10) {
                b.append('0');
            }
            return b.append(ae).toString();
        }
        if (exponent <= 0) {
            b.append("0.");
            for (int i = exponent; i < 0; i++) {
                b.append('0');
            }
            return b.append(digits).toString();
        }
        if (digits.length() <= exponent) {
            b.append(digits);
            for (int i = digits.length(); i < exponent; i++) {
                b.append('0');
            }
            return b.append(".0").toString();
        }
        return b.append(digits, 0, exponent).append('.').append(digits, exponent, digits.length()).toString();
    }
}
