package dev.krait.runtime;

/** What the runtime may ask of the running interpreter frame (which lives in the layer above). */
public interface PyFrameLike {
    PyDict globals();

    /** The file of the code running in the frame. */
    String filename();

    /** The line being executed. */
    int line();
}
