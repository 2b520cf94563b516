package dev.krait.runtime;

import static dev.krait.runtime.PyBuiltinFunction.method;

import java.util.ArrayList;
import java.util.List;

/** {@code int | str}: a union of types, accepted by isinstance and issubclass (types.UnionType). */
public final class PyUnionType extends PyObject {
    static final PyType TYPE = PyTypes.fixedInModule("types", "UnionType", t -> {
        method(t, "__repr__(self, /)", a -> ((PyUnionType) a[0]).repr());
        method(t, "__or__(self, value, /)", a -> or(a[0], a[1]));
        method(t, "__ror__(self, value, /)", a -> or(a[1], a[0]));
        method(t, "__eq__(self, value, /)", a -> a[1] instanceof PyUnionType u
                ? (Object) sameMembers(((PyUnionType) a[0]).args, u.args) : Ops.NOT_IMPLEMENTED);
        method(t, "__hash__(self, /)", a -> {
            long h = 0;
            for (Object x : ((PyUnionType) a[0]).args.array()) {
                h ^= Ops.hash(x);
            }
            return h;
        });
        method(t, "__instancecheck__(self, instance, /)", a -> {
            for (Object x : ((PyUnionType) a[0]).args.array()) {
                if (TypeChecks.isInstance(a[1], x)) {
                    return true;
                }
            }
            return false;
        });
        method(t, "__subclasscheck__(self, subclass, /)", a -> {
            for (Object x : ((PyUnionType) a[0]).args.array()) {
                if (TypeChecks.isSubclass(a[1], x)) {
                    return true;
                }
            }
            return false;
        });
        PyGetSet.readonly(t, "__args__", o -> ((PyUnionType) o).args);
    });

    final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code a | b} where at least one side is a type or union; NotImplemented for other operands. */
    static Object or(Object a, Object b) {
        if (!isMember(a) || !isMember(b)) {
            return Ops.NOT_IMPLEMENTED;
        }
        List<Object> members = new ArrayList<>();
        add(members, a);
        add(members, b);
        return members.size() == 1 ? members.get(0) : new PyUnionType(PyTuple.of(members.toArray()));
    }

    private static boolean isMember(Object o) {
        return o instanceof PyType || o == PyTypes.NONE || o instanceof PyUnionType || o instanceof PyGenericAlias;
    }

    private static void add(List<Object> members, Object o) {
        if (o instanceof PyUnionType u) {
            for (Object x : u.args.array()) {
                add(members, x);
            }
            return;
        }
        Object member = o == PyTypes.NONE ? PyTypes.NONE_TYPE : o;
        for (Object m : members) {
            if (m == member || (m instanceof PyGenericAlias && Ops.eq(m, member))) {
                return;
            }
        }
        members.add(member);
    }

    private static boolean sameMembers(PyTuple x, PyTuple y) {
        for (Object a : x.array()) {
            boolean found = false;
            for (Object b : y.array()) {
                found |= Ops.eq(a, b);
            }
            if (!found) {
                return false;
            }
        }
        return x.size() == y.size();
    }

    private String repr() {
        StringBuilder b = new StringBuilder();
        for (Object x : args.array()) {
            if (b.length() > 0) {
                b.append(" | ");
            }
            b.append(x == PyTypes.NONE_TYPE ? "None" : PyGenericAlias.reprItem(x));
        }
        return b.toString();
    }
}
