package dev.krait.runtime;

/**
 * Base class of every Krait object that is not a plain Java value. Python ints, floats, strs and bools are plain
 * {@link Long}/{@link java.math.BigInteger}, {@link Double}, {@link String} and {@link Boolean}; everything else
 * extends this class. {@link Ops#type(Object)} gives the Python type of any value.
 */
public abstract class PyObject {

    /** The Python type of this object. */
    public abstract PyType type();

    /**
     * Calls this object with positional arguments followed by keyword-argument values; {@code kwnames} names the
     * trailing keyword values (null when there are none). Callable kinds override this; the default finds
     * {@code __call__} on the type.
     */
    public Object call(Object[] args, String[] kwnames) {
        return Ops.callSlow(this, args, kwnames);
    }

    /**
     * Whether attribute lookup through an instance binds this class attribute as a method (functions and
     * built-in method descriptors do). Lets {@code obj.m(...)} call without creating a bound method.
     */
    public boolean bindsAsMethod() {
        return false;
    }

    /** The attribute dict of objects that have one beyond the common kinds; null by default. */
    public PyDict instanceDict() {
        return null;
    }
}
