package dev.krait.runtime;

/**
 * The built-in types of the runtime layer, created once per JVM in dependency order. They are immutable after
 * their lazy initialisers run, so every context shares them. Layers above declare their own (function, code,
 * generator, module...).
 */
public final class PyTypes {
    private PyTypes() {}

    public static final PyType OBJECT = PyType.newRoot();
    public static final PyType TYPE = PyType.newTypeType(OBJECT);

    static {
        OBJECT.setMetatype(TYPE);
        OBJECT.setInitializer(ObjectMethods::init);
        TYPE.setInitializer(TypeMethods::init);
    }

    public static final PyType NONE_TYPE = fixed("NoneType", SingletonMethods::initNone);
    public static final PyType NOT_IMPLEMENTED_TYPE = fixed("NotImplementedType", SingletonMethods::initNotImplemented);
    public static final PyType ELLIPSIS_TYPE = fixed("ellipsis", SingletonMethods::initEllipsis);

    public static final PyType INT = PyType.builtin("int", OBJECT, true, null, IntMethods::init);
    public static final PyType BOOL = PyType.builtin("bool", INT, false, null, IntMethods::initBool);
    public static final PyType FLOAT = PyType.builtin("float", OBJECT, true, null, FloatMethods::init);
    public static final PyType STR = PyType.builtin("str", OBJECT, true, null, StrMethods::init);
    public static final PyType TUPLE = PyType.builtin("tuple", OBJECT, true, null, TupleMethods::init);
    public static final PyType LIST = PyType.builtin("list", OBJECT, true, null, ListMethods::init);
    public static final PyType DICT = PyType.builtin("dict", OBJECT, true, null, DictMethods::init);
    public static final PyType SET = PyType.builtin("set", OBJECT, true, null, SetMethods::initSet);
    public static final PyType FROZENSET = PyType.builtin("frozenset", OBJECT, true, null, SetMethods::initFrozen);
    public static final PyType RANGE = fixed("range", RangeMethods::init);
    public static final PyType SLICE = fixed("slice", SliceMethods::init);

    public static final PyType BUILTIN_FUNCTION = fixed("builtin_function_or_method", CallableMethods::initBuiltin);
    public static final PyType METHOD_DESCRIPTOR = fixed("method_descriptor", CallableMethods::initDescriptor);
    /** The types CPython gives the slot methods of built-in types ({@code int.__add__}) and their bound forms. */
    public static final PyType WRAPPER_DESCRIPTOR = fixed("wrapper_descriptor", CallableMethods::initDescriptor);
    public static final PyType METHOD_WRAPPER = fixed("method-wrapper", CallableMethods::initMethodWrapper);
    public static final PyType METHOD = fixed("method", CallableMethods::initMethod);
    public static final PyType CELL = fixed("cell", CellMethods::init);
    public static final PyType TRACEBACK = fixed("traceback", t -> {
        PyGetSet.readonly(t, "tb_next", o -> ((PyTraceback) o).next == null ? PyTypes.NONE : ((PyTraceback) o).next);
        PyGetSet.readonlyMember(t, "tb_lineno", o -> (long) ((PyTraceback) o).lineno);
        PyGetSet.readonlyMember(t, "tb_frame", o -> ((PyTraceback) o).frame == null ? PyTypes.NONE : ((PyTraceback) o).frame);
        PyGetSet.readonlyMember(t, "tb_lasti", o -> -1L);
        // CPython lists only the four fields.
        PyBuiltinFunction.method(t, "__dir__(self, /)", a -> PyList.of("tb_frame", "tb_next", "tb_lasti", "tb_lineno"));
    });

    public static final PyType DICT_KEYS = fixed("dict_keys", DictViews::initKeys);
    public static final PyType DICT_VALUES = fixed("dict_values", DictViews::initValues);
    public static final PyType DICT_ITEMS = fixed("dict_items", DictViews::initItems);

    /** The singletons, here so that their types exist first. */
    public static final PySingleton NONE = new PySingleton("None", NONE_TYPE);
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton("NotImplemented", NOT_IMPLEMENTED_TYPE);
    public static final PySingleton ELLIPSIS = new PySingleton("Ellipsis", ELLIPSIS_TYPE);

    /** A built-in type that cannot be subclassed. */
    public static PyType fixed(String name, java.util.function.Consumer<PyType> init) {
        return PyType.builtin(name, OBJECT, false, null, init);
    }

    /**
     * A fixed built-in type of module {@code module} ("_io", "types"): that is its {@code __module__}, and error
     * messages name it with the module, as CPython's tp_name does ("'_io.TextIOWrapper' object has no ...").
     */
    public static PyType fixedInModule(String module, String name, java.util.function.Consumer<PyType> init) {
        PyType t = fixed(name, init);
        t.setModule(module);
        return t;
    }
}
