package dev.krait.lexer;

import dev.krait.parser.Expr;

import java.math.BigInteger;

/**
 * Scans numeric literals (decimal, hex, octal and binary integers, floats, imaginary numbers, all with underscores)
 * and computes their values. The scanning mirrors CPython's tokenizer step by step so that invalid literals get the
 * same message and the same caret position.
 */
final class NumberScanner {
    private final CharCursor in;
    private final WarningSink warnings;

    NumberScanner(CharCursor in, WarningSink warnings) {
        this.in = in;
        this.warnings = warnings;
    }

    /**
     * Scans a number whose first character {@code first} (a digit, or the '.' of ".5") has just been read, and leaves
     * the cursor after it. Returns the literal's value.
     */
    Object scan(int first) {
        int start = in.pos() - 1;
        int startCol = in.col() - 1;
        if (first == '.') {
            fraction(in.next());
            return value(start);
        }
        if (first == '0') {
            int c = in.next();
            switch (c) {
                case 'x', 'X' -> radixDigits(16, "hexadecimal");
                case 'o', 'O' -> radixDigits(8, "octal");
                case 'b', 'B' -> radixDigits(2, "binary");
                default -> afterLeadingZero(c, startCol);
            }
        } else {
            afterIntegerPart(decimalTail());
        }
        return value(start);
    }

    /** The digits after 0x, 0o or 0b: groups of digits, each group preceded by at most one underscore. */
    private void radixDigits(int radix, String kind) {
        int c = in.next();
        do {
            if (c == '_') c = in.next();
            if (digitValue(c) >= radix || digitValue(c) < 0) {
                if (radix < 16 && isDigit(c)) {
                    throw in.errorHere("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                in.backup(c);
                throw in.errorHere("invalid " + kind + " literal");
            }
            do {
                c = in.next();
            } while (digitValue(c) >= 0 && digitValue(c) < radix);
        } while (c == '_');
        if (radix < 16 && isDigit(c)) {
            throw in.errorHere("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        endOfNumber(c, kind);
    }

    /** "0", "00", "0.5", "0e1", "0j" are fine; "012" is an old-style octal literal, which Python 3 rejects. */
    private void afterLeadingZero(int c, int startCol) {
        while (true) {
            if (c == '_') {
                c = in.next();
                if (!isDigit(c)) {
                    in.backup(c);
                    throw in.errorHere("invalid decimal literal");
                }
            }
            if (c != '0') break;
            c = in.next();
        }
        int zerosEndCol = in.col();
        boolean nonZero = isDigit(c);
        if (nonZero) c = decimalTail();
        if (c == '.') {
            fraction(in.next());
        } else if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            imaginary();
        } else if (nonZero) {
            in.backup(c);
            throw in.errorSpan("leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", startCol, zerosEndCol);
        } else {
            endOfNumber(c, "decimal");
        }
    }

    private void afterIntegerPart(int c) {
        if (c == '.') {
            fraction(in.next());
        } else if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            endOfNumber(c, "decimal");
        }
    }

    /** After the decimal point; {@code c} is the first character after it. */
    private void fraction(int c) {
        if (isDigit(c)) c = decimalTail();
        if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            endOfNumber(c, "decimal");
        }
    }

    /** {@code e} is the 'e' or 'E' just read. "1else" is 1 followed by the keyword, so 'e' alone ends the number. */
    private void exponent(int e) {
        int c = in.next();
        if (c == '+' || c == '-') {
            c = in.next();
            if (!isDigit(c)) {
                in.backup(c);
                throw in.errorHere("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            in.backup(c);
            endOfNumber(e, "decimal");
            return;
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            endOfNumber(c, "decimal");
        }
    }

    private void imaginary() {
        endOfNumber(in.next(), "imaginary");
    }

    /** Reads digits with single underscores between them; returns the first character after them. */
    private int decimalTail() {
        while (true) {
            int c;
            do {
                c = in.next();
            } while (isDigit(c));
            if (c != '_') return c;
            c = in.next();
            if (!isDigit(c)) {
                in.backup(c);
                throw in.errorHere("invalid decimal literal");
            }
        }
    }

    /**
     * {@code c}, just read, follows the number; un-reads it. An ASCII letter there is an error, except at the start
     * of the keywords that may follow a number in valid code ("1if x else 2"), which CPython only warns about. (A
     * non-ASCII character starts the next token, which reports it.)
     */
    private void endOfNumber(int c, String kind) {
        in.backup(c);
        if (startsKeywordAfterNumber(c)) {
            warnings.warn("invalid " + kind + " literal", in.src.fileLine(in.line()));
            return;
        }
        if (c < 128 && isIdentifierChar(c)) {
            throw in.errorHere("invalid " + kind + " literal");
        }
    }

    private boolean startsKeywordAfterNumber(int c) {
        return switch (c) {
            case 'a' -> follows("and");
            case 'e' -> follows("else");
            case 'f' -> follows("for");
            // CPython checks only the second letter here: "1ifx" is 1 followed by the name ifx.
            case 'i' -> in.peek(1) == 'f' || in.peek(1) == 'n' || in.peek(1) == 's';
            case 'o' -> follows("or");
            case 'n' -> follows("not");
            default -> false;
        };
    }

    /** Whether the whole word {@code word} comes next (not just the start of a longer name). */
    private boolean follows(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (in.peek(i) != word.charAt(i)) return false;
        }
        return !isIdentifierChar(in.peek(word.length()));
    }

    private Object value(int start) {
        String text = in.src.text(start, in.pos()).replace("_", "");
        char last = text.charAt(text.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Expr.ComplexLiteral(Double.parseDouble(text.substring(0, text.length() - 1)));
        }
        int radix = text.length() < 2 || text.charAt(0) != '0' ? 10 : switch (text.charAt(1)) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            case 'b', 'B' -> 2;
            default -> 10;
        };
        if (radix != 10) return integer(text.substring(2), radix);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '.' || ch == 'e' || ch == 'E') return Double.parseDouble(text);
        }
        return integer(text, 10);
    }

    private static Object integer(String digits, int radix) {
        // Up to this many digits always fit a long; longer ones may not.
        int safeDigits = switch (radix) {
            case 16 -> 15;
            case 8 -> 20;
            case 2 -> 62;
            default -> 18;
        };
        if (digits.length() <= safeDigits) return Long.parseLong(digits, radix);
        BigInteger big = new BigInteger(digits, radix);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static int digitValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** CPython's is_potential_identifier_char: ASCII letters, digits, underscore, or anything non-ASCII. */
    static boolean isIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }
}
