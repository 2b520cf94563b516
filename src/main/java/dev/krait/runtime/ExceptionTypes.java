package dev.krait.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** The built-in exception hierarchy of CPython 3.11, one shared type object per class. */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    /** Every exception type by name, in declaration order, for the builtins module. */
    public static final Map<String, PyType> ALL = new LinkedHashMap<>();

    public static final PyType BASE_EXCEPTION = declare("BaseException", PyTypes.OBJECT);
    public static final PyType SYSTEM_EXIT = declare("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = declare("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = declare("GeneratorExit", BASE_EXCEPTION);
    public static final PyType BASE_EXCEPTION_GROUP = declare("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType EXCEPTION = declare("Exception", BASE_EXCEPTION);
    public static final PyType EXCEPTION_GROUP = group("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);
    public static final PyType STOP_ITERATION = declare("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = declare("StopAsyncIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = declare("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = declare("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = declare("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = declare("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = declare("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = declare("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = declare("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = declare("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = declare("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = declare("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = declare("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = declare("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = declare("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = declare("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = declare("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = declare("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = declare("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = declare("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = declare("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = declare("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = declare("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = declare("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = declare("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = declare("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = declare("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = declare("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = declare("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = declare("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = declare("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = declare("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = declare("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = declare("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = declare("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = declare("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = declare("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = declare("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = declare("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = declare("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = declare("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = declare("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = declare("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = declare("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = declare("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = declare("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = declare("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = declare("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType WARNING = declare("Warning", EXCEPTION);
    public static final PyType BYTES_WARNING = declare("BytesWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = declare("DeprecationWarning", WARNING);
    public static final PyType ENCODING_WARNING = declare("EncodingWarning", WARNING);
    public static final PyType FUTURE_WARNING = declare("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = declare("ImportWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = declare("PendingDeprecationWarning", WARNING);
    public static final PyType RESOURCE_WARNING = declare("ResourceWarning", WARNING);
    public static final PyType RUNTIME_WARNING = declare("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = declare("SyntaxWarning", WARNING);
    public static final PyType UNICODE_WARNING = declare("UnicodeWarning", WARNING);
    public static final PyType USER_WARNING = declare("UserWarning", WARNING);

    private static PyType group(String name, PyType group, PyType exception) {
        PyType t = PyType.builtin(name, new PyType[] {group, exception}, c -> {});
        ALL.put(name, t);
        return t;
    }

    private static PyType declare(String name, PyType base) {
        PyType t = base == PyTypes.OBJECT
                ? PyType.builtin(name, base, true, PyBaseException::new, ExceptionMethods::init)
                : PyType.builtin(name, base, true, null, ExceptionMethods.initializerFor(name));
        ALL.put(name, t);
        return t;
    }
}
