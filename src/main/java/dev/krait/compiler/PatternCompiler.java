package dev.krait.compiler;

import static dev.krait.bytecode.Opcodes.*;

import dev.krait.compiler.CodeBuilder.Label;
import dev.krait.parser.Expr;
import dev.krait.parser.Loc;
import dev.krait.parser.Pattern;
import dev.krait.parser.Stmt;
import dev.krait.runtime.CompareOp;
import dev.krait.runtime.PyTuple;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Code generation for {@code match} statements. The subject stays on the stack; each case matches a copy. A
 * pattern consumes its subject when it succeeds; when it fails it jumps to a {@link Fail} label that first pops
 * whatever the pattern had pushed. As in CPython, captured values wait on the stack (below the items still being
 * matched) and are bound to their names only once the whole pattern has matched, so a failed case binds nothing.
 */
final class PatternCompiler {
    private final StatementCompiler c;
    /** The names captured so far by the pattern (or or-alternative) being compiled, their values on the stack. */
    private List<String> captures = new ArrayList<>();

    PatternCompiler(StatementCompiler c) {
        this.c = c;
    }

    /** Failure exits for one pattern attempt: label(k) pops k stack items, then goes to the base target. */
    private final class Fail {
        private final Label base;
        private final List<Label> pops = new ArrayList<>();

        Fail(Label base) {
            this.base = base;
        }

        Label label(int k) {
            while (pops.size() <= k) {
                pops.add(null);
            }
            if (pops.get(k) == null) {
                pops.set(k, k == 0 ? base : new Label());
            }
            return pops.get(k);
        }

        /** Emits the pop chain; control arriving at label(k) ends up at the base with k items fewer. */
        void emitChain() {
            for (int k = pops.size() - 1; k >= 1; k--) {
                if (pops.get(k) != null) {
                    c.bind(pops.get(k));
                }
                if (hasLabelAtOrAbove(k)) {
                    c.emit(POP_TOP);
                }
            }
        }

        private boolean hasLabelAtOrAbove(int k) {
            for (int i = k; i < pops.size(); i++) {
                if (pops.get(i) != null) {
                    return true;
                }
            }
            return false;
        }
    }

    void match(Stmt.Match m) {
        c.expr(m.subject());
        Label end = new Label();
        List<Stmt.MatchCase> cases = m.cases();
        for (int i = 0; i < cases.size(); i++) {
            Stmt.MatchCase mc = cases.get(i);
            boolean last = i == cases.size() - 1;
            if (!last && mc.guard() == null) {
                checkRefutable(mc.pattern());
            }
            c.at(mc.pattern().loc());
            checkCaptures(mc.pattern());
            Label next = new Label();
            if (!last) {
                c.emit(COPY, 1);
            }
            Fail fail = new Fail(next);
            captures = new ArrayList<>();
            pattern(mc.pattern(), fail, 1);
            bindCaptures();
            if (mc.guard() != null) {
                c.jumpIf(mc.guard(), fail.label(0), false);
            }
            if (!last) {
                c.emit(POP_TOP);
            }
            c.statements(mc.body());
            c.jump(JUMP_FORWARD, end);
            fail.emitChain();
            c.bind(next);
        }
        c.bind(end);
    }

    /**
     * A pattern may bind each name once ("multiple assignments to name 'a' in pattern"), reported where CPython's
     * compiler stands when it stores the name again.
     */
    private void checkCaptures(Pattern p) {
        Set<String> seen = new java.util.HashSet<>();
        walkStores(p, (name, at) -> {
            if (!seen.add(name)) {
                throw c.errors.at("multiple assignments to name '" + name + "' in pattern", at);
            }
        });
    }

    /**
     * A pattern that must leave later cases or alternatives reachable: CPython compiles it refusing the first
     * capture or wildcard it meets that would match anything (through or-patterns and the pattern of an "as"),
     * and reports that one.
     */
    private void checkRefutable(Pattern p) {
        Pattern.MatchAs capture = firstIrrefutable(p);
        if (capture != null) {
            String message = capture.name() != null
                    ? "name capture '" + capture.name() + "' makes remaining patterns unreachable"
                    : "wildcard makes remaining patterns unreachable";
            throw c.errors.at(message, capture.loc());
        }
    }

    private static Pattern.MatchAs firstIrrefutable(Pattern p) {
        if (p instanceof Pattern.MatchAs a) {
            return a.pattern() == null ? a : firstIrrefutable(a.pattern());
        }
        if (p instanceof Pattern.MatchOr o) {
            for (Pattern q : o.patterns()) {
                Pattern.MatchAs capture = firstIrrefutable(q);
                if (capture != null) {
                    return capture;
                }
            }
        }
        return null;
    }

    /**
     * Matches the value on top of the stack against {@code p}. {@code depth} counts the items of this attempt on
     * the stack, including the subject, so a failure can pop them all.
     */
    private void pattern(Pattern p, Fail fail, int depth) {
        c.at(p.loc());
        if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() == null) {
                storeOrPop(a.name(), depth - 1);
            } else {
                c.emit(COPY, 1);
                pattern(a.pattern(), fail, depth + 1);
                storeOrPop(a.name(), depth - 1);
            }
        } else if (p instanceof Pattern.MatchValue v) {
            if (v.value() instanceof Expr.JoinedStr) {
                throw c.errors.at("patterns may only match literals and attribute lookups", v.loc());
            }
            c.expr(v.value());
            c.emit(COMPARE_OP, CompareOp.EQ.ordinal());
            c.jump(POP_JUMP_IF_FALSE, failure(fail, depth - 1));
        } else if (p instanceof Pattern.MatchSingleton s) {
            c.loadConst(ConstantFolder.literal(s.value()));
            c.emit(IS_OP, 0);
            c.jump(POP_JUMP_IF_FALSE, failure(fail, depth - 1));
        } else if (p instanceof Pattern.MatchSequence s) {
            sequence(s, fail, depth);
        } else if (p instanceof Pattern.MatchMapping m) {
            mapping(m, fail, depth);
        } else if (p instanceof Pattern.MatchClass k) {
            classPattern(k, fail, depth);
        } else if (p instanceof Pattern.MatchOr o) {
            or(o, fail, depth);
        } else {
            throw c.errors.at("can't use starred name here", p.loc());
        }
    }

    /** Where to go when matching fails with {@code pending} items of the attempt above the captured values. */
    private Label failure(Fail fail, int pending) {
        return fail.label(pending + captures.size());
    }

    /** Keeps the value on top as a capture of {@code name} (below the {@code pending} items above it), or drops it. */
    private void storeOrPop(String name, int pending) {
        if (name == null) {
            c.emit(POP_TOP);
            return;
        }
        sinkTop(pending);
        captures.add(name);
    }

    /** Moves the top value down past the {@code count} items under it, keeping their order. */
    private void sinkTop(int count) {
        for (int k = count + 1; k >= 2; k--) {
            c.emit(SWAP, k);
        }
    }

    /** Brings the item at depth {@code position} (the top is 1) to the top, keeping the others' order. */
    private void raiseToTop(int position) {
        for (int k = 2; k <= position; k++) {
            c.emit(SWAP, k);
        }
    }

    /** The whole pattern matched: binds the captured values, which are all that is left of the attempt. */
    private void bindCaptures() {
        for (int i = captures.size() - 1; i >= 0; i--) {
            c.name(captures.get(i), ExpressionCompiler.Access.STORE);
        }
    }

    private void sequence(Pattern.MatchSequence s, Fail fail, int depth) {
        List<Pattern> items = s.patterns();
        int star = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw c.errors.at("multiple starred names in sequence pattern", s.loc());
                }
                star = i;
            }
        }
        c.emit(MATCH_SEQUENCE);
        c.jump(POP_JUMP_IF_FALSE, failure(fail, depth));
        int fixed = star < 0 ? items.size() : items.size() - 1;
        c.emit(GET_LEN);
        c.loadConst((long) fixed);
        c.emit(COMPARE_OP, (star < 0 ? CompareOp.EQ : CompareOp.GE).ordinal());
        c.jump(POP_JUMP_IF_FALSE, failure(fail, depth));
        if (star >= 0 && ((Pattern.MatchStar) items.get(star)).name() == null) {
            subscriptItems(items, star, fail, depth);
            return;
        }
        if (star < 0) {
            c.emit(UNPACK_SEQUENCE, items.size());
        } else {
            c.emit(UNPACK_EX, star | ((items.size() - star - 1) << 8));
        }
        int remaining = items.size();
        for (Pattern item : items) {
            int itemDepth = depth - 1 + remaining;
            if (item instanceof Pattern.MatchStar st) {
                storeOrPop(st.name(), itemDepth - 1);
            } else {
                pattern(item, fail, itemDepth);
            }
            remaining--;
        }
    }

    /**
     * A sequence pattern with a wildcard star ({@code [a, *_, b]}) indexes the few items it needs instead of unpacking
     * the subject, which may be huge (a range, say). Items after the star are found from the length.
     */
    private void subscriptItems(List<Pattern> items, int star, Fail fail, int depth) {
        for (int i = 0; i < items.size(); i++) {
            Pattern item = items.get(i);
            if (i == star || item instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null) {
                continue;
            }
            c.emit(COPY, 1);
            if (i < star) {
                c.loadConst((long) i);
            } else {
                c.emit(GET_LEN);
                c.loadConst((long) (items.size() - i));
                c.emit(BINARY_OP, dev.krait.runtime.BinaryOp.SUB.ordinal());
            }
            c.emit(BINARY_SUBSCR);
            pattern(item, fail, depth + 1);
        }
        c.emit(POP_TOP);
    }

    private void mapping(Pattern.MatchMapping m, Fail fail, int depth) {
        c.emit(MATCH_MAPPING);
        c.jump(POP_JUMP_IF_FALSE, failure(fail, depth));
        int n = m.keys().size();
        if (n == 0 && m.rest() == null) {
            c.emit(POP_TOP);
            return;
        }
        if (n > 0) {
            c.emit(GET_LEN);
            c.loadConst((long) n);
            c.emit(COMPARE_OP, CompareOp.GE.ordinal());
            c.jump(POP_JUMP_IF_FALSE, failure(fail, depth));
        }
        // Keys are compared as Python compares them (1, 1.0 and True are the same key; complex values too).
        dev.krait.runtime.PyDict seen = new dev.krait.runtime.PyDict();
        for (Expr key : m.keys()) {
            Object constant = ConstantFolder.fold(key);
            if (constant != null && seen.containsKey(constant)) {
                // CPython reports it at the whole mapping pattern.
                throw c.errors.at("mapping pattern checks duplicate key (" + dev.krait.runtime.Ops.repr(constant) + ")",
                        m.loc());
            }
            if (constant == null && !(key instanceof Expr.Attribute)) {
                throw c.errors.at("mapping pattern keys may only match literals and attribute lookups", key.loc());
            }
            if (constant != null) {
                seen.put(constant, constant);
            }
            c.expr(key);
        }
        c.emit(BUILD_TUPLE, n);
        c.emit(MATCH_KEYS);
        c.emit(COPY, 1);
        c.jump(POP_JUMP_IF_NONE, failure(fail, depth + 2));
        c.emit(UNPACK_SEQUENCE, n);
        int remaining = n;
        for (Pattern value : m.patterns()) {
            pattern(value, fail, depth + 1 + remaining);
            remaining--;
        }
        if (m.rest() == null) {
            c.emit(POP_TOP);
            c.emit(POP_TOP);
            return;
        }
        c.emit(BUILD_MAP, 0);
        c.emit(SWAP, 3);
        c.emit(DICT_UPDATE, 2);
        c.emit(UNPACK_SEQUENCE, n);
        for (int size = n; size > 0; size--) {
            c.emit(COPY, 1 + size);
            c.emit(SWAP, 2);
            c.emit(DELETE_SUBSCR);
        }
        storeOrPop(m.rest(), depth - 1);
    }

    private void classPattern(Pattern.MatchClass k, Fail fail, int depth) {
        Set<String> kw = new LinkedHashSet<>();
        for (int i = 0; i < k.kwdAttrs().size(); i++) {
            String a = k.kwdAttrs().get(i);
            if (!kw.add(a)) {
                // CPython points at the repeated keyword's pattern (the parser keeps no node for the name).
                throw c.errors.at("attribute name repeated in class pattern: " + a, k.kwdPatterns().get(i).loc());
            }
        }
        c.expr(k.cls());
        c.loadConst(PyTuple.of(k.kwdAttrs().toArray()));
        c.emit(MATCH_CLASS, k.patterns().size());
        c.emit(COPY, 1);
        c.jump(POP_JUMP_IF_NONE, failure(fail, depth));
        int total = k.patterns().size() + k.kwdPatterns().size();
        c.emit(UNPACK_SEQUENCE, total);
        List<Pattern> all = new ArrayList<>(k.patterns());
        all.addAll(k.kwdPatterns());
        int remaining = total;
        for (Pattern sub : all) {
            pattern(sub, fail, depth - 1 + remaining);
            remaining--;
        }
    }

    /** Only the last alternative may be irrefutable. */
    private void checkIrrefutableAlternatives(List<Pattern> alts) {
        for (int i = 0; i < alts.size() - 1; i++) {
            checkRefutable(alts.get(i));
        }
    }

    /**
     * An alternative must bind the names the first one binds; checked, as CPython does, once it is compiled, and
     * reported where the compiler then stands: at the last pattern visited in it.
     */
    private void checkSameNames(Pattern first, Pattern alt) {
        Set<String> expected = new java.util.HashSet<>();
        walkStores(first, (name, at) -> expected.add(name));
        Set<String> bound = new java.util.HashSet<>();
        Loc last = walkStores(alt, (name, at) -> bound.add(name));
        if (!expected.equals(bound)) {
            throw c.errors.at("alternative patterns bind different names", last);
        }
    }

    private void or(Pattern.MatchOr o, Fail fail, int depth) {
        Label success = new Label();
        List<Pattern> alts = o.patterns();
        checkIrrefutableAlternatives(alts);
        // Each alternative matches a copy of the subject with captures of its own, which on success are put in
        // the order of the first alternative's and joined to the enclosing pattern's below its pending items.
        List<String> outer = captures;
        List<String> order = null;
        for (Pattern alt : alts) {
            Label next = new Label();
            c.emit(COPY, 1);
            Fail altFail = new Fail(next);
            captures = new ArrayList<>();
            pattern(alt, altFail, 1);
            checkSameNames(alts.get(0), alt);
            if (order == null) {
                order = new ArrayList<>(captures);
            }
            reorderCaptures(order);
            raiseToTop(order.size() + 1);
            c.emit(POP_TOP);
            c.jump(JUMP_FORWARD, success);
            altFail.emitChain();
            c.bind(next);
        }
        captures = outer;
        c.jump(JUMP_FORWARD, failure(fail, depth));
        c.bind(success);
        for (int i = 0; i < depth - 1; i++) {
            raiseToTop(order.size() + depth - 1);
        }
        captures.addAll(order);
    }

    /** Emits the swaps that rearrange the current captures (on top of the stack) into {@code order}. */
    private void reorderCaptures(List<String> order) {
        List<String> current = new ArrayList<>(captures);
        int top = current.size() - 1;
        for (int i = 0; i < current.size(); i++) {
            int j = current.indexOf(order.get(i));
            if (j == i) {
                continue;
            }
            if (j != top) {
                c.emit(SWAP, top - j + 1);
                java.util.Collections.swap(current, j, top);
            }
            c.emit(SWAP, top - i + 1);
            java.util.Collections.swap(current, i, top);
        }
    }

    /** Receives a name a pattern stores and the location CPython's compiler stands at when it does. */
    private interface StoreVisitor {
        void store(String name, Loc at);
    }

    /**
     * Walks {@code p} in CPython's compile order, passing each name it stores with the location of the last
     * pattern visited before (a name after a sub-pattern is stored where that sub-pattern ended); returns that
     * location at the end. Of an or-pattern only the first alternative counts: all bind the same names.
     */
    private static Loc walkStores(Pattern p, StoreVisitor v) {
        Loc at = p.loc();
        if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) {
                at = walkStores(a.pattern(), v);
            }
            if (a.name() != null) {
                v.store(a.name(), at);
            }
        } else if (p instanceof Pattern.MatchStar s) {
            if (s.name() != null) {
                v.store(s.name(), at);
            }
        } else if (p instanceof Pattern.MatchSequence s) {
            for (Pattern q : s.patterns()) {
                at = walkStores(q, v);
            }
        } else if (p instanceof Pattern.MatchMapping m) {
            for (Pattern q : m.patterns()) {
                at = walkStores(q, v);
            }
            if (m.rest() != null) {
                v.store(m.rest(), at);
            }
        } else if (p instanceof Pattern.MatchClass k) {
            for (Pattern q : k.patterns()) {
                at = walkStores(q, v);
            }
            for (Pattern q : k.kwdPatterns()) {
                at = walkStores(q, v);
            }
        } else if (p instanceof Pattern.MatchOr o && !o.patterns().isEmpty()) {
            at = walkStores(o.patterns().get(0), v);
        }
        return at;
    }
}
