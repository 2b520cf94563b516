package dev.krait.runtime;

import java.math.BigInteger;

/** {@code int.to_bytes} and {@code int.from_bytes}. */
final class IntBytes {
    private IntBytes() {}

    private static boolean littleEndian(Object byteorder, String method) {
        if (byteorder == null) {
            return false;
        }
        String order = TextOps.arg(byteorder, method + "() argument 'byteorder'");
        if (!order.equals("little") && !order.equals("big")) {
            throw Errors.valueError("byteorder must be either 'little' or 'big'");
        }
        return order.equals("little");
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }

    /** {@code n.to_bytes(length=1, byteorder='big', *, signed=False)}. */
    static PyBytes toBytes(Object self, Object lengthArg, Object byteorder, Object signedArg) {
        long length = lengthArg == null ? 1 : SequenceMethods.ssize(lengthArg);
        boolean little = littleEndian(byteorder, "to_bytes");
        boolean signed = signedArg != null && Ops.isTrue(signedArg);
        if (length < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        BigInteger v = Numbers.big(self);
        if (!signed && v.signum() < 0) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8) {
            throw Errors.overflow("int too big to convert");
        }
        byte[] twos = v.toByteArray();
        byte[] out = new byte[(int) length];
        byte fill = (byte) (v.signum() < 0 ? 0xFF : 0);
        for (int i = 0; i < out.length; i++) {
            int src = twos.length - 1 - i;
            out[out.length - 1 - i] = src >= 0 ? twos[src] : fill;
        }
        if (little) {
            reverse(out);
        }
        return new PyBytes(out);
    }

    /** {@code cls.from_bytes(bytes, byteorder='big', *, signed=False)}; a subclass is called with the int. */
    static Object fromBytes(PyType cls, Object source, Object byteorder, Object signedArg) {
        boolean little = littleEndian(byteorder, "from_bytes");
        byte[] data = BytesOps.fromObject(convertible(source) ? source : failToConvert(source));
        if (little) {
            reverse(data);
        }
        boolean signed = signedArg != null && Ops.isTrue(signedArg);
        BigInteger v = data.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(data) : new BigInteger(1, data);
        Object n = Numbers.normalize(v);
        return cls == PyTypes.INT ? n : Ops.call(cls, n);
    }

    /** What from_bytes takes (CPython's bytes(x) without the int size and the str): __bytes__, bytes or ints. */
    private static boolean convertible(Object source) {
        return !(source instanceof String) && (BytesOps.isBytesLike(source) || BytesOps.isIterable(source)
                || Ops.type(source).lookup("__bytes__") != null);
    }

    private static Object failToConvert(Object s) {
        throw Errors.typeError("cannot convert '" + Ops.typeName(s) + "' object to bytes");
    }
}
