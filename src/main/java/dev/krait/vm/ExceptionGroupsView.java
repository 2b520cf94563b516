package dev.krait.vm;

import dev.krait.runtime.ExceptionTypes;
import dev.krait.runtime.PyBaseException;
import dev.krait.runtime.PyTuple;

/** What the traceback printer needs to know about exception groups. */
final class ExceptionGroupsView {
    private ExceptionGroupsView() {}

    static boolean isGroup(PyBaseException e) {
        return e.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP) && e.dict.get("exceptions") instanceof PyTuple;
    }

    static Object[] members(PyBaseException group) {
        return ((PyTuple) group.dict.get("exceptions")).array();
    }
}
