package dev.krait.modules;

import dev.krait.runtime.BuiltinSubclasses;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Iteration;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyGetSet;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.Signature;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named tuples of the standard library's C modules ({@code sys.version_info}, {@code sys.float_info}): a tuple
 * subclass whose fields are also attributes, printed as {@code name(field=value, ...)}.
 */
final class StructSequence {
    private StructSequence() {}

    /**
     * A new struct-sequence instance of a fresh type {@code module.name} with the given fields and values. Programs
     * may make more instances of the type ({@code type(sys.float_info)(sequence)}) only if {@code constructible}:
     * CPython refuses it for some, such as {@code sys.version_info}.
     */
    static Object create(String module, String name, boolean constructible, String[] fields, Object... values) {
        String qualified = module + "." + name;
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__new__", new PyBuiltinFunction(Signature.parseBound("structseq(cls=None, *args, **kwargs)"), null,
                a -> construct(a, qualified, constructible, fields.length)));
        ns.put("n_fields", (long) fields.length);
        ns.put("n_sequence_fields", (long) fields.length);
        ns.put("n_unnamed_fields", 0L);
        PyType type = PyType.newClass(PyTypes.TYPE, name, new PyType[] {PyTypes.TUPLE}, PyTypes.TUPLE, ns);
        type.setModule(module);
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            PyGetSet.readonly(type, fields[i], o -> ((PyTuple) BuiltinSubclasses.valueOf(o)).get(index));
        }
        PyBuiltinFunction.method(type, "__repr__(self, /)", a -> {
            PyTuple t = (PyTuple) BuiltinSubclasses.valueOf(a[0]);
            StringBuilder b = new StringBuilder(module).append('.').append(name).append('(');
            for (int i = 0; i < fields.length; i++) {
                b.append(i == 0 ? "" : ", ").append(fields[i]).append('=').append(Ops.repr(t.get(i)));
            }
            return b.append(')').toString();
        });
        return BuiltinSubclasses.instance(type, PyTypes.TUPLE, PyTuple.of(values));
    }

    /**
     * The struct sequence's {@code __new__(cls, *args, **kwargs)}: refused for some types before the arguments are
     * looked at, else {@code structseq(sequence, dict=None)}.
     */
    private static Object construct(Object[] a, String qualified, boolean constructible, int size) {
        if (!(a[0] instanceof PyType type)) {
            throw Errors.typeError(qualified + ".__new__(" + (a[0] == null ? "): not enough arguments"
                    : "X): X is not a type object (" + Ops.typeName(a[0]) + ")"));
        }
        if (!constructible) {
            throw Errors.typeError("cannot create '" + qualified + "' instances");
        }
        PyTuple args = (PyTuple) a[1];
        Object sequence = args.size() > 0 ? args.get(0) : ((PyDict) a[2]).get("sequence");
        if (sequence == null) {
            throw Errors.typeError("structseq() missing required argument 'sequence' (pos 1)");
        }
        return newInstance(type, qualified, size, sequence);
    }

    /** {@code type(sys.float_info)(sequence)}: an instance holding the sequence's items, as many as the fields. */
    private static Object newInstance(PyType type, String qualified, int size, Object sequence) {
        if (Ops.type(sequence).lookup("__iter__") == null && Ops.type(sequence).lookup("__getitem__") == null) {
            throw Errors.typeError("constructor requires a sequence");
        }
        Object[] items = Iteration.toArray(sequence);
        if (items.length != size) {
            throw Errors.typeError(qualified + "() takes a " + size + "-sequence (" + items.length
                    + "-sequence given)");
        }
        return BuiltinSubclasses.instance(type, PyTypes.TUPLE, PyTuple.of(items));
    }

    /** Another instance of {@code sample}'s struct-sequence type, with other values. */
    static Object like(Object sample, Object... values) {
        return BuiltinSubclasses.instance(Ops.type(sample), PyTypes.TUPLE, PyTuple.of(values));
    }
}
