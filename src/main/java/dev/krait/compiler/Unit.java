package dev.krait.compiler;

import dev.krait.bytecode.Code;
import dev.krait.runtime.PyTuple;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The state of one code object while it is being generated: its scope, instructions and tables. */
final class Unit {
    final Scope scope;
    final String name;
    final String qualname;
    final int firstLine;
    final CodeBuilder b = new CodeBuilder();
    final List<Object> consts = new ArrayList<>();
    private final Map<ConstKey, Integer> constIndex = new HashMap<>();
    final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    final List<String> varnames;
    private final Map<String, Integer> varIndex = new HashMap<>();
    final List<String> cellvars;
    final List<String> freevars;
    /** The statements (loops, try blocks, with blocks, handlers) enclosing the current position. */
    final Deque<FrameBlock> blocks = new ArrayDeque<>();

    Unit(Scope scope, String name, String qualname, int firstLine) {
        this.scope = scope;
        this.name = name;
        this.qualname = qualname;
        this.firstLine = firstLine;
        this.varnames = new ArrayList<>(scope.varnames());
        for (int i = 0; i < varnames.size(); i++) {
            varIndex.put(varnames.get(i), i);
        }
        this.cellvars = new ArrayList<>(scope.cells);
        this.freevars = new ArrayList<>(scope.frees);
    }

    int constant(Object value) {
        return constIndex.computeIfAbsent(new ConstKey(value), k -> {
            consts.add(value);
            return consts.size() - 1;
        });
    }

    int name(String n) {
        return nameIndex.computeIfAbsent(n, k -> {
            // Interned, so attribute and global names compare by identity in dict lookups and inline caches.
            names.add(n.intern());
            return names.size() - 1;
        });
    }

    int local(String n) {
        Integer i = varIndex.get(n);
        if (i == null) {
            varnames.add(n);
            i = varnames.size() - 1;
            varIndex.put(n, i);
        }
        return i;
    }

    /** Index of a cell or free variable as DEREF instructions number them. */
    int deref(String n) {
        int i = cellvars.indexOf(n);
        if (i >= 0) {
            return i;
        }
        i = freevars.indexOf(n);
        if (i < 0) {
            throw new IllegalStateException("no cell or free variable " + n + " in " + qualname);
        }
        return cellvars.size() + i;
    }

    Code finish(String filename, int flags, int argcount, int posonly, int kwonly) {
        Assembler.Result r = Assembler.assemble(b.instrs, filename);
        int[] cellParams = new int[cellvars.size()];
        Arrays.fill(cellParams, -1);
        for (int i = 0; i < cellvars.size(); i++) {
            int p = scope.params.indexOf(cellvars.get(i));
            if (p >= 0) {
                cellParams[i] = varIndex.get(cellvars.get(i));
            }
        }
        return new Code(r.code(), consts.toArray(), names.toArray(new String[0]), varnames.toArray(new String[0]),
                cellvars.toArray(new String[0]), freevars.toArray(new String[0]), cellParams, argcount, posonly,
                kwonly, flags, r.maxStack(), name, qualname, filename, firstLine, r.lines(), r.exceptions());
    }

    /**
     * Constant-pool key: values are shared only when they are the same Python constant, so 1, 1.0, True and
     * -0.0/0.0 stay apart although Python calls some of them equal.
     */
    record ConstKey(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ConstKey k && same(value, k.value);
        }

        @Override
        public int hashCode() {
            if (value instanceof PyTuple t) {
                return Arrays.hashCode(Arrays.stream(t.array()).map(ConstKey::new).toArray());
            }
            if (value instanceof byte[] bytes) {
                return Arrays.hashCode(bytes);
            }
            if (value instanceof dev.krait.runtime.PyBytes b) {
                return Arrays.hashCode(b.array());
            }
            if (value instanceof dev.krait.runtime.PyComplex c) {
                return Double.hashCode(c.real) * 31 + Double.hashCode(c.imag);
            }
            return value.getClass().hashCode() * 31 + value.hashCode();
        }

        private static boolean same(Object a, Object b) {
            if (a.getClass() != b.getClass()) {
                return false;
            }
            if (a instanceof Double x) {
                return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits((Double) b);
            }
            if (a instanceof PyTuple x) {
                PyTuple y = (PyTuple) b;
                if (x.size() != y.size()) {
                    return false;
                }
                for (int i = 0; i < x.size(); i++) {
                    if (!same(x.get(i), y.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            if (a instanceof Code) {
                return a == b;
            }
            // Equal bytes and complex constants are one object, as in CPython (b"x" is b"x").
            if (a instanceof dev.krait.runtime.PyBytes x) {
                return Arrays.equals(x.array(), ((dev.krait.runtime.PyBytes) b).array());
            }
            if (a instanceof dev.krait.runtime.PyComplex x) {
                dev.krait.runtime.PyComplex y = (dev.krait.runtime.PyComplex) b;
                return Double.doubleToRawLongBits(x.real) == Double.doubleToRawLongBits(y.real)
                        && Double.doubleToRawLongBits(x.imag) == Double.doubleToRawLongBits(y.imag);
            }
            return a.equals(b);
        }
    }
}
