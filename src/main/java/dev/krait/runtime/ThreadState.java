package dev.krait.runtime;

import java.util.IdentityHashMap;

/**
 * What one thread needs while it runs Python code of one {@link Context}: call depth, the exception being
 * handled, and the set of containers whose repr is in progress. The interpreter passes it explicitly on hot
 * paths; Java code called back from Python (a {@code __eq__} inside a dict lookup) finds it with {@link #current()}.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    public final Context context;
    /** Python call depth, checked against {@link Context#recursionLimit} at every call. */
    public int depth;
    /** The innermost running Python frame (a {@code dev.krait.vm.Frame}), for super(), locals() and tracebacks. */
    public Object frame;
    /** Per-opcode execution counts while {@code --profile-opcodes} is on; null otherwise. */
    public long[] opcodeCounts;
    /** The per-function profiler ({@code --profile}, a {@code dev.krait.vm.FunctionProfiler}) or null. */
    public Object functionProfiler;
    /**
     * The exception being handled by the running code, or null. A generator or coroutine has its own: while it
     * runs, this is the one it is handling and {@link #outerHandledException} the one its callers are handling.
     */
    public PyBaseException handledException;
    /** The exception the callers of the running generator or coroutine are handling, or null. */
    public PyBaseException outerHandledException;
    /**
     * Set from another thread (Ctrl-C on the command line, an embedder's {@code Krait.interrupt()}) to raise
     * KeyboardInterrupt in the running code at its next loop back edge or call.
     */
    public volatile boolean interruptRequested;
    /**
     * Set once this thread made an object to finalize when dropped (see {@link Finalizers}): only then do returns
     * look for such objects among the returning frame's values. A plain field: it is this thread's own.
     */
    public boolean watchingDrops;
    private final IdentityHashMap<Object, Boolean> reprInProgress = new IdentityHashMap<>();
    /** Code-point positions of the long strings this thread indexed last. */
    final CodePointIndex codePointIndex = new CodePointIndex();

    public ThreadState(Context context) {
        this.context = context;
    }

    /** The thread state bound to this thread; the interpreter binds one before running code. */
    public static ThreadState current() {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            throw new IllegalStateException("no Krait context is running on this thread");
        }
        return ts;
    }

    /** The KeyboardInterrupt an {@link #interruptRequested interrupt} raises; the request is then consumed. */
    public PyException takeInterrupt() {
        interruptRequested = false;
        return new PyBaseException(ExceptionTypes.KEYBOARD_INTERRUPT, PyTuple.EMPTY).asThrowable();
    }

    /** The interpreter state bound to this thread, or null outside a running Krait context. */
    public static ThreadState currentOrNull() {
        return CURRENT.get();
    }

    /** Binds {@code ts} to this thread, returning the previous binding to restore afterwards. */
    public static ThreadState bind(ThreadState ts) {
        ThreadState prev = CURRENT.get();
        CURRENT.set(ts);
        return prev;
    }

    /**
     * Counts one level of recursion done by Java code (a nested repr, comparison or isinstance) against the limit on
     * Python calls, as CPython's C code does, so deep nesting raises RecursionError at the same depth. {@code where}
     * completes the message, e.g. " in comparison".
     */
    public void enterRecursiveCall(String where) {
        if (++depth > context.recursionLimit) {
            depth--;
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded" + where);
        }
    }

    public void leaveRecursiveCall() {
        depth--;
    }

    /**
     * The message suffix of the level CPython counts for calling an object that is not a function, method or
     * built-in (a class written in Python, an instance with {@code __call__}), besides the frame the call runs.
     */
    public static final String CALLING_OBJECT = " while calling a Python object";
    /** The suffixes of the levels CPython counts for getting an object's repr or str. */
    public static final String GETTING_REPR = " while getting the repr of an object";
    public static final String GETTING_STR = " while getting the str of an object";

    /** Marks {@code o} as being repr'd; false if it already was (a recursive container: print "[...]"). */
    boolean enterRepr(Object o) {
        if (reprInProgress.containsKey(o)) {
            return false;
        }
        enterRecursiveCall(GETTING_REPR);
        reprInProgress.put(o, Boolean.TRUE);
        return true;
    }

    void exitRepr(Object o) {
        reprInProgress.remove(o);
        leaveRecursiveCall();
    }

    /** The exception being handled as {@code sys.exc_info()} and a bare {@code raise} see it, or null. */
    public PyBaseException currentHandled() {
        return handledException != null ? handledException : outerHandledException;
    }
}
