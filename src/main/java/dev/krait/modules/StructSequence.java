package dev.krait.modules;

import dev.krait.runtime.BuiltinSubclasses;
import dev.krait.runtime.Ops;
import dev.krait.runtime.PyBuiltinFunction;
import dev.krait.runtime.PyGetSet;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named tuples of the standard library's C modules ({@code sys.version_info}, {@code sys.float_info}): a tuple
 * subclass whose fields are also attributes, printed as {@code name(field=value, ...)}.
 */
final class StructSequence {
    private StructSequence() {}

    /** A new struct-sequence instance of a fresh type {@code module.name} with the given fields and values. */
    static Object create(String module, String name, String[] fields, Object... values) {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", module);
        PyType type = PyType.newClass(PyTypes.TYPE, name, new PyType[] {PyTypes.TUPLE}, PyTypes.TUPLE, ns);
        type.setModuleInMessages(module);
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

    /** Another instance of {@code sample}'s struct-sequence type, with other values. */
    static Object like(Object sample, Object... values) {
        return BuiltinSubclasses.instance(Ops.type(sample), PyTypes.TUPLE, PyTuple.of(values));
    }
}
