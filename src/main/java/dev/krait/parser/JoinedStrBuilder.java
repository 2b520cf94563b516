package dev.krait.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the pieces of a string literal (possibly several concatenated ones) or of an f-string format spec:
 * adjacent literal text merges into one {@link Expr.Constant}, and replacement fields become
 * {@link Expr.FormattedValue}s. Empty literal text is dropped. As in CPython 3.11, every piece gets the location of
 * the whole concatenation, except a format spec's last literal and the spec itself, which get their string token's.
 */
final class JoinedStrBuilder {
    private final Loc loc;
    private final String kind;
    private final List<Expr> values = new ArrayList<>();
    private StringBuilder literal;
    private boolean fstring;

    /** {@code kind} is the Constant kind ("u" or null) of the literal pieces. */
    JoinedStrBuilder(Loc loc, String kind) {
        this.loc = loc;
        this.kind = kind;
    }

    void addLiteral(String text) {
        if (text.isEmpty()) return;
        if (literal == null) literal = new StringBuilder();
        literal.append(text);
    }

    void addField(Expr.FormattedValue value) {
        flushLiteral();
        values.add(value);
    }

    /** A builder for a format spec inside this literal: its literal pieces are located and kinded like ours. */
    JoinedStrBuilder specBuilder() {
        return new JoinedStrBuilder(loc, kind);
    }

    /** An f-string took part, so the result is a JoinedStr even without replacement fields. */
    void markFString() {
        fstring = true;
    }

    private void flushLiteral() {
        if (literal == null) return;
        values.add(new Expr.Constant(literal.toString(), kind, loc));
        literal = null;
    }

    /** The whole literal: a Constant str, or a JoinedStr if an f-string took part. */
    Expr finish() {
        if (!fstring) return new Expr.Constant(literal == null ? "" : literal.toString(), kind, loc);
        flushLiteral();
        return new Expr.JoinedStr(List.copyOf(values), loc);
    }

    /** A format spec, located at the string token {@code tokenLoc} that contains it. */
    Expr.JoinedStr finishSpec(Loc tokenLoc) {
        if (literal != null) {
            values.add(new Expr.Constant(literal.toString(), null, tokenLoc));
            literal = null;
        }
        return new Expr.JoinedStr(List.copyOf(values), tokenLoc);
    }
}
