package dev.krait.vm;

import dev.krait.bytecode.Code;
import dev.krait.runtime.PyCell;
import dev.krait.runtime.PyDict;
import dev.krait.runtime.PyObject;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;
import dev.krait.runtime.ThreadState;

/** A function defined in Python: code plus the globals, defaults and closure it was created with. */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyTypes.fixed("function", FunctionAttributes::init);

    public Code code;
    final PyDict globals;
    final PyDict builtins;
    String name;
    String qualname;
    /** Positional defaults, or null. */
    PyTuple defaults;
    /** Keyword-only defaults, or null. */
    PyDict kwdefaults;
    PyCell[] closure;
    PyDict annotations;
    Object doc;
    Object module;
    /** Attributes set on the function object; created on first use. */
    PyDict dict;
    /**
     * Number of positional arguments with which a call needs no binding work: set when the function has no
     * *args, **kwargs or keyword-only parameters and is not a generator or coroutine; -1 otherwise.
     */
    int simpleArity;

    PyFunction(Code code, PyDict globals, PyDict builtins) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = code.qualname;
        this.doc = (code.flags & Code.FLAG_HAS_DOCSTRING) != 0 ? code.consts[0] : PyTypes.NONE;
        Object m = globals.get("__name__");
        this.module = m != null ? m : PyTypes.NONE;
        updateSimpleArity();
    }

    void updateSimpleArity() {
        boolean simple = (code.flags & (Code.FLAG_VARARGS | Code.FLAG_VARKEYWORDS | Code.FLAGS_RESUMABLE)) == 0
                && code.kwonlyargcount == 0;
        simpleArity = simple ? code.argcount : -1;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean bindsAsMethod() {
        return true;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (nkw == 0 && Calls.takesPositionally(this, args.length)) {
            Frame f = new Frame(code, globals, builtins, null);
            System.arraycopy(args, 0, f.slots, 0, args.length);
            return Calls.runPositional(ThreadState.current(), this, f, args.length);
        }
        Frame f = ArgumentBinder.bind(this, args, 0, args.length - nkw, kwnames);
        return Calls.run(ThreadState.current(), this, f);
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    @Override
    public String toString() {
        return "<function " + qualname + ">";
    }
}
