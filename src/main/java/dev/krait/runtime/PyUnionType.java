package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code int | str}: a union of types ({@code types.UnionType}), which isinstance and issubclass accept as
 * "any of these". Nested unions flatten, duplicates drop out, and a union of one type is that type.
 */
public final class PyUnionType extends PyObject {
    static final PyType TYPE = PyTypes.fixed("UnionType", PyUnionType::init);

    /** The member types (None stands for NoneType, as written). */
    final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static void init(PyType t) {
        t.dict().put("__module__", "types");
        method(t, "__or__(self, value, /)", a -> or(a[0], a[1]));
        method(t, "__ror__(self, value, /)", a -> or(a[1], a[0]));
        method(t, "__repr__(self, /)", a -> ((PyUnionType) a[0]).repr());
        method(t, "__eq__(self, value, /)", a -> a[1] instanceof PyUnionType u
                ? (Object) Ops.eq(asSet(((PyUnionType) a[0]).args), asSet(u.args)) : Ops.NOT_IMPLEMENTED);
        method(t, "__hash__(self, /)", a -> Ops.hash(asSet(((PyUnionType) a[0]).args)));
        method(t, "__instancecheck__(self, instance, /)", a -> TypeChecks.isInstance(a[1], ((PyUnionType) a[0]).args));
        method(t, "__subclasscheck__(self, subclass, /)", a -> TypeChecks.isSubclass(a[1], ((PyUnionType) a[0]).args));
        PyGetSet.readonly(t, "__args__", o -> ((PyUnionType) o).args);
    }

    private static PySet asSet(PyTuple items) {
        PySet s = new PySet(true);
        s.update(items);
        return s;
    }

    /** Whether {@code o} may be a member of a union: a type, None, a generic alias or another union. */
    private static boolean isUnionable(Object o) {
        return o instanceof PyType || o == Ops.NONE || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /** {@code a | b} for types: a union, the one type when both are the same, or NotImplemented. */
    static Object or(Object a, Object b) {
        if (!isUnionable(a) || !isUnionable(b)) {
            return Ops.NOT_IMPLEMENTED;
        }
        List<Object> members = new ArrayList<>();
        for (Object side : new Object[] {a, b}) {
            Object[] parts = side instanceof PyUnionType u ? u.args.array() : new Object[] {side};
            for (Object p : parts) {
                Object member = p == PyTypes.NONE_TYPE ? Ops.NONE : p;
                if (members.stream().noneMatch(m -> m == member)) {
                    members.add(member);
                }
            }
        }
        if (members.size() == 1) {
            return members.get(0);
        }
        return new PyUnionType(PyTuple.of(members.stream().map(m -> m == Ops.NONE ? PyTypes.NONE_TYPE : m)
                .toArray()));
    }

    private String repr() {
        StringBuilder b = new StringBuilder();
        for (Object member : args.array()) {
            if (b.length() > 0) {
                b.append(" | ");
            }
            b.append(member == PyTypes.NONE_TYPE ? "None"
                    : member instanceof PyType t ? TypeMethods.qualifiedName(t) : Ops.repr(member));
        }
        return b.toString();
    }
}
