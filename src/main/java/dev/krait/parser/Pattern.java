package dev.krait.parser;

import java.util.List;

/** {@code match} statement patterns, mirroring CPython 3.11's {@code ast} pattern nodes. */
public sealed interface Pattern extends Node {

    record MatchValue(Expr value, Loc loc) implements Pattern {}

    /** {@code None}, {@code True} or {@code False}, as a {@link Expr.Constant} value. */
    record MatchSingleton(Object value, Loc loc) implements Pattern {}

    record MatchSequence(List<Pattern> patterns, Loc loc) implements Pattern {}

    /** {@code rest} is the name after {@code **}, or null. */
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Loc loc) implements Pattern {}

    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns,
                      Loc loc) implements Pattern {}

    /** {@code *name} inside a sequence pattern; {@code name} null for {@code *_}. */
    record MatchStar(String name, Loc loc) implements Pattern {}

    /** {@code pattern as name}; both null for {@code _}; pattern null for a bare capture. */
    record MatchAs(Pattern pattern, String name, Loc loc) implements Pattern {}

    record MatchOr(List<Pattern> patterns, Loc loc) implements Pattern {}
}
