package dev.krait.vm;

import dev.krait.lexer.SyntaxError;
import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyTuple;
import dev.krait.runtime.PyType;
import dev.krait.runtime.PyTypes;

/** Turns the compiler's {@link SyntaxError} into the Python exception object a program or embedder sees. */
public final class SyntaxErrors {
    private SyntaxErrors() {}

    public static PyBaseException toPython(SyntaxError e) {
        PyType type = ExceptionTypes.ALL.getOrDefault(e.type, ExceptionTypes.SYNTAX_ERROR);
        Object text = e.text == null ? PyTypes.NONE : e.text;
        PyTuple details = PyTuple.of(e.filename, (long) e.lineno, (long) e.offset, text, (long) e.endLineno,
                (long) e.endOffset);
        PyBaseException exc = new PyBaseException(type, PyTuple.of(e.msg, details));
        exc.dict.put("msg", e.msg);
        exc.dict.put("filename", e.filename);
        exc.dict.put("lineno", (long) e.lineno);
        exc.dict.put("offset", (long) e.offset);
        exc.dict.put("text", text);
        exc.dict.put("end_lineno", (long) e.endLineno);
        exc.dict.put("end_offset", (long) e.endOffset);
        return exc;
    }
}
