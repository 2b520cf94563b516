package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

/**
 * The cell type: {@code cell_contents}, the constructor {@code cell()} / {@code cell(value)} (used to build
 * closures for {@code exec(closure=...)} and function objects), and comparisons by contents, an empty cell
 * ordering before any filled one.
 */
final class CellMethods {
    private CellMethods() {}

    static void init(PyType t) {
        PyGetSet.writable(t, "cell_contents", o -> {
            Object v = ((PyCell) o).value;
            if (v == null) {
                throw Errors.valueError("Cell is empty");
            }
            return v;
        }, (o, v) -> ((PyCell) o).value = v);
        Constructors.newFunction(t, "cell(cls, contents=<unrepresentable>, /)", a -> new PyCell(a[1]));
        for (CompareOp op : CompareOp.values()) {
            method(t, op.method + "(self, value, /)", a -> a[1] instanceof PyCell other
                    ? compare(op, ((PyCell) a[0]).value, other.value) : Ops.NOT_IMPLEMENTED);
        }
        t.dict().put("__hash__", Ops.NONE);
        method(t, "__repr__(self, /)", a -> {
            Object v = ((PyCell) a[0]).value;
            return "<cell at " + Introspection.address(a[0]) + ": "
                    + (v == null ? "empty" : Ops.typeName(v) + " object at " + Introspection.address(v)) + ">";
        });
    }

    private static Object compare(CompareOp op, Object a, Object b) {
        if (a != null && b != null) {
            return Compare.compare(op, a, b);
        }
        return op.test(a == null ? (b == null ? 0 : -1) : 1);
    }
}
