package dev.krait.bytecode;

import static dev.krait.bytecode.ArgKind.CONST;
import static dev.krait.bytecode.ArgKind.COUNT;
import static dev.krait.bytecode.ArgKind.DEREF;
import static dev.krait.bytecode.ArgKind.FLAGS;
import static dev.krait.bytecode.ArgKind.JUMP;
import static dev.krait.bytecode.ArgKind.LOCAL;
import static dev.krait.bytecode.ArgKind.NAME;

/**
 * The instruction set: the one place an opcode is defined. An instruction is one {@code int}: the opcode in the low
 * 8 bits, the argument in the high 24 (prefixed by {@link #EXTENDED_ARG} when larger). Numbers are stable: they are
 * part of the serialised format. {@link OpcodeTable} reads the annotations; the interpreter switches on the
 * constants.
 */
public final class Opcodes {
    private Opcodes() {}

    // ---- stack ---------------------------------------------------------------------------------------------

    @Op(stack = "--", doc = "Do nothing.")
    public static final int NOP = 0;
    @Op(stack = "value --", doc = "Discard the top of the stack.")
    public static final int POP_TOP = 1;
    @Op(stack = "-- null", doc = "Push a null marker (an absent self for CALL).")
    public static final int PUSH_NULL = 2;
    @Op(arg = COUNT, stack = "bottom items[arg-1] -- bottom items[arg-1] copy",
        doc = "Push a copy of the arg-th item from the top (1 is the top).")
    public static final int COPY = 3;
    @Op(arg = COUNT, stack = "bottom items[arg-2] top -- top items[arg-2] bottom",
        doc = "Swap the top with the arg-th item from the top.")
    public static final int SWAP = 4;

    // ---- variables -----------------------------------------------------------------------------------------

    @Op(arg = CONST, stack = "-- value", doc = "Push co_consts[arg].")
    public static final int LOAD_CONST = 5;
    @Op(arg = LOCAL, stack = "-- value", doc = "Push local variable arg; UnboundLocalError if unset.")
    public static final int LOAD_FAST = 6;
    @Op(arg = LOCAL, stack = "value --", doc = "Store into local variable arg.")
    public static final int STORE_FAST = 7;
    @Op(arg = LOCAL, stack = "--", doc = "Unbind local variable arg.")
    public static final int DELETE_FAST = 8;
    @Op(arg = DEREF, stack = "-- value", doc = "Push the contents of cell or free variable arg.")
    public static final int LOAD_DEREF = 9;
    @Op(arg = DEREF, stack = "value --", doc = "Store into cell or free variable arg.")
    public static final int STORE_DEREF = 10;
    @Op(arg = DEREF, stack = "--", doc = "Empty cell or free variable arg.")
    public static final int DELETE_DEREF = 11;
    @Op(arg = DEREF, stack = "-- value",
        doc = "In a class body: push the name from the class namespace if bound there, else free variable arg.")
    public static final int LOAD_CLASSDEREF = 12;
    @Op(arg = DEREF, stack = "-- cell", doc = "Push cell or free variable arg itself (to build a closure).")
    public static final int LOAD_CLOSURE = 13;
    @Op(arg = NAME, stack = "-- value", doc = "Push global names[arg], falling back to builtins.")
    public static final int LOAD_GLOBAL = 14;
    @Op(arg = NAME, stack = "value --", doc = "Store global names[arg].")
    public static final int STORE_GLOBAL = 15;
    @Op(arg = NAME, stack = "--", doc = "Delete global names[arg].")
    public static final int DELETE_GLOBAL = 16;
    @Op(arg = NAME, stack = "-- value", doc = "Push names[arg] from locals, then globals, then builtins.")
    public static final int LOAD_NAME = 17;
    @Op(arg = NAME, stack = "value --", doc = "Store names[arg] in the locals namespace.")
    public static final int STORE_NAME = 18;
    @Op(arg = NAME, stack = "--", doc = "Delete names[arg] from the locals namespace.")
    public static final int DELETE_NAME = 19;

    // ---- attributes and items --------------------------------------------------------------------------------

    @Op(arg = NAME, stack = "owner -- value", doc = "Replace owner with owner.names[arg].")
    public static final int LOAD_ATTR = 20;
    @Op(arg = NAME, stack = "value owner --", doc = "owner.names[arg] = value.")
    public static final int STORE_ATTR = 21;
    @Op(arg = NAME, stack = "owner --", doc = "del owner.names[arg].")
    public static final int DELETE_ATTR = 22;
    @Op(arg = NAME, stack = "owner -- method self_or_null",
        doc = "Look up method names[arg]: push the unbound function and owner, or the attribute and null.")
    public static final int LOAD_METHOD = 23;
    @Op(stack = "container key -- value", doc = "container[key].")
    public static final int BINARY_SUBSCR = 24;
    @Op(stack = "value container key --", doc = "container[key] = value.")
    public static final int STORE_SUBSCR = 25;
    @Op(stack = "container key --", doc = "del container[key].")
    public static final int DELETE_SUBSCR = 26;
    @Op(stack = "container key -- container key value",
        doc = "container[key], keeping both: the read of an augmented assignment such as a[i] += x.")
    public static final int LOAD_SUBSCR_KEEP = 137;
    @Op(stack = "container key value --", doc = "container[key] = value: the write of an augmented assignment.")
    public static final int STORE_SUBSCR_UPDATE = 138;

    // ---- operators -----------------------------------------------------------------------------------------

    @Op(arg = ArgKind.BINARY_OP, stack = "left right -- result", doc = "A binary operator; +16 for the in-place form.")
    public static final int BINARY_OP = 27;
    @Op(stack = "value -- result", doc = "-value.")
    public static final int UNARY_NEGATIVE = 28;
    @Op(stack = "value -- result", doc = "+value.")
    public static final int UNARY_POSITIVE = 29;
    @Op(stack = "value -- result", doc = "~value.")
    public static final int UNARY_INVERT = 30;
    @Op(stack = "value -- result", doc = "not value.")
    public static final int UNARY_NOT = 31;
    @Op(arg = ArgKind.COMPARE_OP, stack = "left right -- result", doc = "A rich comparison: < <= == != > >=.")
    public static final int COMPARE_OP = 32;
    @Op(arg = FLAGS, stack = "left right -- result", doc = "left is right (arg 1: is not).")
    public static final int IS_OP = 33;
    @Op(arg = FLAGS, stack = "left right -- result", doc = "left in right (arg 1: not in).")
    public static final int CONTAINS_OP = 34;

    // ---- control flow --------------------------------------------------------------------------------------

    @Op(arg = JUMP, stack = "--", doc = "Jump forward to arg.")
    public static final int JUMP_FORWARD = 35;
    @Op(arg = JUMP, stack = "--", doc = "Jump back to arg: a loop's back edge, where an interrupt request (Krait.interrupt, Ctrl-C) raises KeyboardInterrupt.")
    public static final int JUMP_BACKWARD = 36;
    @Op(arg = JUMP, stack = "cond --", doc = "Pop; jump to arg if false.")
    public static final int POP_JUMP_IF_FALSE = 37;
    @Op(arg = JUMP, stack = "cond --", doc = "Pop; jump to arg if true.")
    public static final int POP_JUMP_IF_TRUE = 38;
    @Op(arg = JUMP, stack = "value --", doc = "Pop; jump to arg if None.")
    public static final int POP_JUMP_IF_NONE = 39;
    @Op(arg = JUMP, stack = "value --", doc = "Pop; jump to arg if not None.")
    public static final int POP_JUMP_IF_NOT_NONE = 40;
    @Op(arg = JUMP, stack = "cond --", jump = "cond -- cond", doc = "If false, jump to arg keeping it; else pop (and).")
    public static final int JUMP_IF_FALSE_OR_POP = 41;
    @Op(arg = JUMP, stack = "cond --", jump = "cond -- cond", doc = "If true, jump to arg keeping it; else pop (or).")
    public static final int JUMP_IF_TRUE_OR_POP = 42;
    @Op(arg = FLAGS, stack = "iterable -- iter",
        doc = "iter(iterable). arg 1: a for loop over a call's result, which the loop alone holds: a generator it is, not yet started, belongs to the loop (see POP_ITER).")
    public static final int GET_ITER = 43;
    @Op(arg = JUMP, stack = "iter -- iter next", jump = "iter --",
        doc = "Push the iterator's next item; when exhausted, pop it and jump to arg.")
    public static final int FOR_ITER = 44;
    @Op(stack = "value --", doc = "Return value from the function.")
    public static final int RETURN_VALUE = 45;

    // ---- building ------------------------------------------------------------------------------------------

    @Op(arg = COUNT, stack = "items[arg] -- tuple", doc = "Build a tuple of arg items.")
    public static final int BUILD_TUPLE = 46;
    @Op(arg = COUNT, stack = "items[arg] -- list", doc = "Build a list of arg items.")
    public static final int BUILD_LIST = 47;
    @Op(arg = COUNT, stack = "items[arg] -- set", doc = "Build a set of arg items.")
    public static final int BUILD_SET = 48;
    @Op(arg = COUNT, stack = "items[arg*2] -- dict", doc = "Build a dict of arg key/value pairs.")
    public static final int BUILD_MAP = 49;
    @Op(arg = COUNT, stack = "pieces[arg] -- str", doc = "Concatenate arg strings.")
    public static final int BUILD_STRING = 50;
    @Op(arg = COUNT, stack = "parts[arg] -- slice", doc = "Build slice(start, stop[, step]) from 2 or 3 items.")
    public static final int BUILD_SLICE = 51;
    @Op(arg = COUNT, stack = "list items[arg-1] value -- list items[arg-1]",
        doc = "Append value to the list arg items down (comprehensions).")
    public static final int LIST_APPEND = 52;
    @Op(arg = COUNT, stack = "set items[arg-1] value -- set items[arg-1]", doc = "Add value to the set arg items down.")
    public static final int SET_ADD = 53;
    @Op(arg = COUNT, stack = "dict items[arg-1] key value -- dict items[arg-1]",
        doc = "dict[key] = value on the dict arg items down (below key and value).")
    public static final int MAP_ADD = 54;
    @Op(arg = COUNT, stack = "list items[arg-1] iterable -- list items[arg-1]", doc = "Extend the list with iterable.")
    public static final int LIST_EXTEND = 55;
    @Op(arg = COUNT, stack = "set items[arg-1] iterable -- set items[arg-1]", doc = "Update the set with iterable.")
    public static final int SET_UPDATE = 56;
    @Op(arg = COUNT, stack = "dict items[arg-1] mapping -- dict items[arg-1]", doc = "Update the dict with mapping.")
    public static final int DICT_UPDATE = 57;
    @Op(arg = COUNT, stack = "dict items[arg-1] mapping -- dict items[arg-1]",
        doc = "Merge **mapping into a call's keyword dict (the callable is 4 below), rejecting duplicate keys.")
    public static final int DICT_MERGE = 58;
    @Op(stack = "list -- tuple", doc = "tuple(list).")
    public static final int LIST_TO_TUPLE = 59;
    @Op(arg = COUNT, stack = "seq -- items[arg]", doc = "Unpack exactly arg items, the first on top.")
    public static final int UNPACK_SEQUENCE = 60;
    @Op(arg = FLAGS, stack = "seq -- items[(arg&255)+(arg>>8)+1]",
        doc = "Unpack with a starred target: arg&255 items before it, arg>>8 after; the star gets a list.")
    public static final int UNPACK_EX = 61;

    // ---- functions and calls -------------------------------------------------------------------------------

    @Op(stack = "code -- function", doc = "Make a function from a code object and the current globals.")
    public static final int MAKE_FUNCTION = 62;
    @Op(arg = FLAGS, stack = "attr function -- function",
        doc = "Set a function attribute: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure.")
    public static final int SET_FUNCTION_ATTRIBUTE = 63;
    @Op(arg = COUNT, stack = "callable self_or_null args[arg] -- result", doc = "Call with arg positional arguments.")
    public static final int CALL = 64;
    @Op(arg = COUNT, stack = "callable self_or_null args[arg] kwnames -- result",
        doc = "Call with arg arguments, the last len(kwnames) of them keywords named by the kwnames tuple.")
    public static final int CALL_KW = 65;
    @Op(stack = "callable null args kwargs -- result",
        doc = "Call with a tuple of positional arguments and a dict (or null) of keywords.")
    public static final int CALL_FUNCTION_EX = 66;
    @Op(stack = "-- build_class", doc = "Push builtins.__build_class__.")
    public static final int LOAD_BUILD_CLASS = 67;

    // ---- imports -------------------------------------------------------------------------------------------

    @Op(arg = NAME, stack = "level fromlist -- module", doc = "Import module names[arg].")
    public static final int IMPORT_NAME = 68;
    @Op(arg = NAME, stack = "module -- module value", doc = "Push attribute names[arg] of the module (from-import).")
    public static final int IMPORT_FROM = 69;
    @Op(stack = "module --", doc = "from module import *.")
    public static final int IMPORT_STAR = 70;

    // ---- exceptions ----------------------------------------------------------------------------------------

    @Op(arg = COUNT, stack = "args[arg] --", doc = "raise (0: re-raise, 1: raise exc, 2: raise exc from cause).")
    public static final int RAISE_VARARGS = 71;
    @Op(stack = "exc --", doc = "Re-raise exc, keeping its traceback (end of finally and except blocks).")
    public static final int RERAISE = 72;
    @Op(stack = "exc -- prev exc", doc = "Enter an exception handler: save the handled exception, make exc current.")
    public static final int PUSH_EXC_INFO = 73;
    @Op(stack = "prev --", doc = "Leave an exception handler: restore the previously handled exception.")
    public static final int POP_EXCEPT = 74;
    @Op(stack = "exc type -- exc matched", doc = "Whether exc is an instance of type (or tuple of types).")
    public static final int CHECK_EXC_MATCH = 75;
    @Op(stack = "rest type -- rest match",
        doc = "except*: split what is left of the caught exception into the part matching type and the rest (each "
            + "may be None).")
    public static final int CHECK_EG_MATCH = 76;
    @Op(stack = "orig excs -- result",
        doc = "After the except* clauses: what to re-raise (None for nothing), from the original exception and the "
            + "list of raised and unhandled parts.")
    public static final int PREP_RERAISE_STAR = 95;
    @Op(stack = "-- type", doc = "Push AssertionError.")
    public static final int LOAD_ASSERTION_ERROR = 77;
    @Op(stack = "manager -- exit value", doc = "Enter a with block: push the bound __exit__ and __enter__()'s result.")
    public static final int BEFORE_WITH = 78;
    @Op(stack = "exit prev exc -- exit prev exc result",
        doc = "Call exit(type, exc, traceback) for the exception being handled.")
    public static final int WITH_EXCEPT_START = 79;

    // ---- generators ----------------------------------------------------------------------------------------

    @Op(stack = "value -- sent", doc = "Suspend the generator yielding value; resume with the sent value.")
    public static final int YIELD_VALUE = 80;
    @Op(arg = JUMP, stack = "receiver value -- receiver yielded", jump = "receiver value -- result",
        doc = "yield from: send value into receiver; if it returns, pop it, push the result and jump to arg.")
    public static final int SEND = 81;
    @Op(stack = "iterable -- iter", doc = "iter() for yield from (generators pass through).")
    public static final int GET_YIELD_FROM_ITER = 82;

    // ---- coroutines ----------------------------------------------------------------------------------------

    @Op(arg = FLAGS, stack = "value -- iter",
        doc = "await: the iterator of an awaitable (a coroutine itself, else __await__()); arg words the error: 0 "
            + "await, 1 __aenter__'s result, 2 __aexit__'s result.")
    public static final int GET_AWAITABLE = 94;
    @Op(stack = "aiterable -- aiter", doc = "async for: aiterable.__aiter__().")
    public static final int GET_AITER = 96;
    @Op(stack = "aiter -- aiter awaitable", doc = "async for: push the awaitable iterator of aiter.__anext__().")
    public static final int GET_ANEXT = 97;
    @Op(stack = "manager -- exit awaitable",
        doc = "Enter an async with block: push the bound __aexit__ and the awaitable __aenter__() returns.")
    public static final int BEFORE_ASYNC_WITH = 98;
    @Op(stack = "aiter exc --",
        doc = "Handler of __anext__ in async for: StopAsyncIteration ends the loop (pop both); else re-raise exc.")
    public static final int END_ASYNC_FOR = 99;

    // ---- formatting ----------------------------------------------------------------------------------------

    @Op(arg = FLAGS, stack = "value -- result", doc = "f-string conversion: 1 str, 2 repr, 3 ascii.")
    public static final int CONVERT_VALUE = 83;
    @Op(stack = "value -- str", doc = "format(value) for an f-string field without a format spec.")
    public static final int FORMAT_SIMPLE = 84;
    @Op(stack = "value spec -- str", doc = "format(value, spec).")
    public static final int FORMAT_WITH_SPEC = 85;

    // ---- misc ----------------------------------------------------------------------------------------------

    @Op(stack = "--", doc = "Create __annotations__ in the locals namespace if absent.")
    public static final int SETUP_ANNOTATIONS = 86;
    @Op(stack = "obj -- obj len", doc = "Push len(obj) (match statements).")
    public static final int GET_LEN = 87;
    @Op(stack = "subject -- subject result", doc = "Whether subject is a mapping (match statements).")
    public static final int MATCH_MAPPING = 88;
    @Op(stack = "subject -- subject result", doc = "Whether subject is a sequence (match statements).")
    public static final int MATCH_SEQUENCE = 89;
    @Op(stack = "subject keys -- subject keys values",
        doc = "Push a tuple of subject's values for the keys tuple, or None if any is missing.")
    public static final int MATCH_KEYS = 90;
    @Op(arg = COUNT, stack = "subject type names -- attrs",
        doc = "Class pattern with arg positional sub-patterns: push a tuple of attributes, or None on no match.")
    public static final int MATCH_CLASS = 91;
    @Op(arg = FLAGS, stack = "--", doc = "Prefix: the next instruction's argument gets arg as its high bits.")
    public static final int EXTENDED_ARG = 92;
    @Op(stack = "value --", doc = "Print the repr of a non-None value (interactive mode).")
    public static final int PRINT_EXPR = 93;
    // ---- specialised instructions (written into code by the interpreter, never by the compiler) -----------

    @Op(arg = NAME, stack = "-- value", family = "LOAD_GLOBAL",
        doc = "LOAD_GLOBAL using the cached dict entry while the globals and builtins dicts keep their layout.")
    public static final int LOAD_GLOBAL_CACHED = 100;
    @Op(arg = ArgKind.BINARY_OP, stack = "left right -- result", family = "BINARY_OP", doc = "int + int.")
    public static final int BINARY_OP_ADD_INT = 101;
    @Op(arg = ArgKind.BINARY_OP, stack = "left right -- result", family = "BINARY_OP", doc = "int - int.")
    public static final int BINARY_OP_SUB_INT = 102;
    @Op(arg = ArgKind.BINARY_OP, stack = "left right -- result", family = "BINARY_OP", doc = "int * int.")
    public static final int BINARY_OP_MUL_INT = 103;
    @Op(arg = ArgKind.BINARY_OP, stack = "left right -- result", family = "BINARY_OP", doc = "int % int.")
    public static final int BINARY_OP_MOD_INT = 104;
    @Op(arg = ArgKind.BINARY_OP, stack = "left right -- result", family = "BINARY_OP", doc = "int // int.")
    public static final int BINARY_OP_FLOORDIV_INT = 105;
    @Op(arg = ArgKind.BINARY_OP, stack = "left right -- result", family = "BINARY_OP", doc = "float + float, or float and int.")
    public static final int BINARY_OP_ADD_FLOAT = 106;
    @Op(arg = ArgKind.BINARY_OP, stack = "left right -- result", family = "BINARY_OP", doc = "float - float, or float and int.")
    public static final int BINARY_OP_SUB_FLOAT = 107;
    @Op(arg = ArgKind.BINARY_OP, stack = "left right -- result", family = "BINARY_OP", doc = "float * float, or float and int.")
    public static final int BINARY_OP_MUL_FLOAT = 108;
    @Op(arg = ArgKind.BINARY_OP, stack = "left right -- result", family = "BINARY_OP", doc = "float / float, float and int, or ints below 2**53.")
    public static final int BINARY_OP_TRUEDIV_FLOAT = 109;
    @Op(arg = ArgKind.BINARY_OP, stack = "left right -- result", family = "BINARY_OP", doc = "str + str.")
    public static final int BINARY_OP_ADD_STR = 110;
    @Op(arg = ArgKind.COMPARE_OP, stack = "left right -- result", family = "COMPARE_OP",
        doc = "Compare two ints; when a conditional jump follows, take it directly without making a bool.")
    public static final int COMPARE_OP_INT = 111;
    @Op(arg = ArgKind.COMPARE_OP, stack = "left right -- result", family = "COMPARE_OP",
        doc = "Compare two floats, fused with a following conditional jump like COMPARE_OP_INT.")
    public static final int COMPARE_OP_FLOAT = 112;
    @Op(arg = ArgKind.COMPARE_OP, stack = "left right -- result", family = "COMPARE_OP",
        doc = "Compare two strs, fused with a following conditional jump like COMPARE_OP_INT.")
    public static final int COMPARE_OP_STR = 113;
    @Op(arg = JUMP, stack = "iter -- iter next", jump = "iter --", family = "FOR_ITER", doc = "FOR_ITER over a range.")
    public static final int FOR_ITER_RANGE = 114;
    @Op(arg = JUMP, stack = "iter -- iter next", jump = "iter --", family = "FOR_ITER", doc = "FOR_ITER over a list.")
    public static final int FOR_ITER_LIST = 115;
    @Op(stack = "container key -- value", family = "BINARY_SUBSCR", doc = "list[int].")
    public static final int BINARY_SUBSCR_LIST_INT = 116;
    @Op(stack = "container key -- value", family = "BINARY_SUBSCR", doc = "dict[key] for an exact dict.")
    public static final int BINARY_SUBSCR_DICT = 117;
    @Op(stack = "value container key --", family = "STORE_SUBSCR", doc = "list[int] = value.")
    public static final int STORE_SUBSCR_LIST_INT = 118;
    @Op(stack = "value container key --", family = "STORE_SUBSCR", doc = "dict[key] = value for an exact dict.")
    public static final int STORE_SUBSCR_DICT = 119;

    @Op(arg = NAME, stack = "owner -- value", family = "LOAD_ATTR",
        doc = "LOAD_ATTR of an instance attribute at the cached entry of the instance dict (up to 4 owner types).")
    public static final int LOAD_ATTR_INSTANCE = 120;
    @Op(arg = NAME, stack = "owner -- value", family = "LOAD_ATTR",
        doc = "LOAD_ATTR of a module attribute at the cached entry of the module dict.")
    public static final int LOAD_ATTR_MODULE = 121;
    @Op(arg = NAME, stack = "owner -- method self_or_null", family = "LOAD_METHOD",
        doc = "LOAD_METHOD of the function cached per owner type and type version (up to 4 types).")
    public static final int LOAD_METHOD_CACHED = 122;
    @Op(arg = NAME, stack = "value owner --", family = "STORE_ATTR",
        doc = "STORE_ATTR into the cached entry of an instance dict that has the attribute (up to 4 owner types).")
    public static final int STORE_ATTR_INSTANCE = 123;
    @Op(arg = NAME, stack = "owner -- value", family = "LOAD_ATTR",
        doc = "LOAD_ATTR of a __slots__ attribute, read from the cached slot index for the owner's type.")
    public static final int LOAD_ATTR_SLOT = 124;
    @Op(arg = NAME, stack = "value owner --", family = "STORE_ATTR",
        doc = "STORE_ATTR into a __slots__ attribute at the cached slot index for the owner's type.")
    public static final int STORE_ATTR_SLOT = 125;

    // Superinstructions (see Superinstructions): the first of two adjacent instructions, rewritten when the code
    // object is made, does the work of both and skips the second, which stays in place for jumps that land on it.

    @Op(arg = LOCAL, stack = "-- value1 value2", doc = "LOAD_FAST arg, then the LOAD_FAST that follows it.")
    public static final int LOAD_FAST__LOAD_FAST = 126;
    @Op(arg = LOCAL, stack = "-- value1 value2", doc = "LOAD_FAST arg, then the LOAD_CONST that follows it.")
    public static final int LOAD_FAST__LOAD_CONST = 127;
    @Op(arg = LOCAL, stack = "value1 -- value2", doc = "STORE_FAST arg, then the LOAD_FAST that follows it.")
    public static final int STORE_FAST__LOAD_FAST = 128;
    @Op(arg = CONST, stack = "-- value1 value2", doc = "LOAD_CONST arg, then the LOAD_FAST that follows it.")
    public static final int LOAD_CONST__LOAD_FAST = 129;

    @Op(arg = ArgKind.BINARY_OP, stack = "left right -- result", family = "BINARY_OP",
        doc = "int & | ^ << >> int (the operator as in BINARY_OP); << while the result fits in 64 bits.")
    public static final int BINARY_OP_BITWISE_INT = 130;

    // Strings built by += in a local variable (see dev.krait.vm.StrAccumulator).

    @Op(arg = LOCAL, stack = "-- value",
        doc = "LOAD_FAST of a local that += updates: a str being built there by BINARY_OP_APPEND_STR is made first.")
    public static final int LOAD_FAST_APPENDED = 131;
    @Op(arg = ArgKind.BINARY_OP, stack = "left right -- result", family = "BINARY_OP",
        doc = "x += str with x a local: appends to the str being built in x instead of copying it (amortised O(1)).")
    public static final int BINARY_OP_APPEND_STR = 132;

    @Op(arg = ArgKind.BINARY_OP, stack = "left right -- result", family = "BINARY_OP",
        doc = "left op right calling the Python special method of left's class directly, cached for both operand types.")
    public static final int BINARY_OP_PY_METHOD = 133;

    @Op(arg = ArgKind.COMPARE_OP, stack = "left right -- result", family = "COMPARE_OP",
        doc = "left cmp right calling the Python special method of left's class directly, cached for both operand types.")
    public static final int COMPARE_OP_PY_METHOD = 134;

    @Op(arg = NAME, stack = "owner -- value", family = "LOAD_ATTR",
        doc = "LOAD_ATTR of a class attribute that reads as stored (a constant, a function, a static method's function), cached per class version.")
    public static final int LOAD_ATTR_CLASS = 135;
    @Op(arg = NAME, stack = "owner -- method self_or_null", family = "LOAD_METHOD",
        doc = "LOAD_METHOD on a class (Class.static_method(...)) with the attribute cached as LOAD_ATTR_CLASS caches it.")
    public static final int LOAD_METHOD_CLASS = 136;

    @Op(stack = "iter --",
        doc = "Pop the iterator of a for loop that break or return leaves; a generator the loop owns (GET_ITER 1) is closed, as CPython closes it when the loop drops the last reference. Exception unwinding closes such generators too.")
    public static final int POP_ITER = 139;

    @Op(arg = FLAGS, stack = "left right -- result", family = "CONTAINS_OP",
        doc = "left in right for a set, frozenset or dict right, fused with a following conditional jump like COMPARE_OP_INT.")
    public static final int CONTAINS_OP_HASHED = 140;

    /** One more than the largest opcode. */
    public static final int LIMIT = 141;
}
