package dev.krait.compiler;

import dev.krait.parser.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One namespace of a program: the module, a function or lambda, a class body, or a comprehension. The symbol
 * table fills in what each name is used for; {@link SymbolTable} then decides where each name lives.
 */
final class Scope {
    enum Kind { MODULE, FUNCTION, CLASS, COMPREHENSION }

    /** Where a name lives, decided by analysis. */
    enum Binding { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT }

    static final int DEF_LOCAL = 1;
    static final int DEF_PARAM = 2;
    static final int DEF_GLOBAL = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    /** A comprehension's walrus target: bound in the enclosing function, not here. */
    static final int DEF_WALRUS_TARGET = 32;
    /** The target of an augmented {@code +=}: as a fast local, it may hold a str being built (LOAD_FAST_APPENDED). */
    static final int APPENDED = 64;
    /** A simple name annotated in this scope ({@code x: int}), which global and nonlocal then refuse. */
    static final int DEF_ANNOT = 128;
    /** Bound other than by an import: CPython lets a global or nonlocal declaration follow an import only. */
    static final int DEF_ASSIGNED = 256;

    final Kind kind;
    final String name;
    final Scope parent;
    final Node node;
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final List<Scope> children = new ArrayList<>();
    final List<String> params = new ArrayList<>();
    /** Where each global/nonlocal declaration stands, for error messages. */
    final Map<String, dev.krait.parser.Loc> declarations = new LinkedHashMap<>();
    final Map<String, Binding> bindings = new LinkedHashMap<>();
    final TreeSet<String> cells = new TreeSet<>();
    final TreeSet<String> frees = new TreeSet<>();
    boolean generator;
    /** An {@code async def}: the only scope where await, async for and async with may appear directly. */
    boolean asyncDef;
    /**
     * The code is a coroutine (or, with {@link #generator}, an async generator): an async def, or a comprehension
     * that awaits or iterates asynchronously (as CPython's {@code ste_coroutine}).
     */
    boolean coroutine;
    /** A class whose methods use {@code super()} or {@code __class__}: it gets a {@code __class__} cell. */
    boolean needsClassCell;
    boolean hasAnnotations;
    /** The dotted path used for {@code __qualname__}. */
    String qualname;
    int posonlyCount;
    int argCount;
    int kwonlyCount;
    boolean hasVarargs;
    boolean hasVarkw;

    /** The class whose private names ({@code __x}) are mangled here: the nearest enclosing class, or null. */
    final String privateClass;

    Scope(Kind kind, String name, Scope parent, Node node) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.node = node;
        this.privateClass = kind == Kind.CLASS ? name : parent == null ? null : parent.privateClass;
    }

    /** {@code __x} inside class C becomes {@code _C__x}, as CPython mangles private names. */
    String mangle(String id) {
        if (privateClass == null || !id.startsWith("__") || id.endsWith("__") || id.indexOf('.') >= 0) {
            return id;
        }
        int i = 0;
        while (i < privateClass.length() && privateClass.charAt(i) == '_') {
            i++;
        }
        return i == privateClass.length() ? id : "_" + privateClass.substring(i) + id;
    }

    int flags(String name) {
        return flags.getOrDefault(mangle(name), 0);
    }

    void add(String name, int flag) {
        flags.merge(mangle(name), flag, (a, b) -> a | b);
    }

    boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }

    Binding binding(String name) {
        Binding b = bindings.get(mangle(name));
        return b != null ? b : Binding.GLOBAL_IMPLICIT;
    }

    /** Local variable names in frame order: parameters first, then other locals by first binding. */
    List<String> varnames() {
        List<String> out = new ArrayList<>(params);
        if (!isFunctionLike()) {
            return out;
        }
        for (Map.Entry<String, Binding> e : bindings.entrySet()) {
            if (e.getValue() == Binding.LOCAL && !out.contains(e.getKey())) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
