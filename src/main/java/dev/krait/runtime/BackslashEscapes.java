package dev.krait.runtime;

/** The one-character backslash escapes shared by string and bytes literals and the unicode-escape codec. */
public final class BackslashEscapes {
    private BackslashEscapes() {}

    /** The character that {@code \c} stands for ({@code \n}, {@code \t}, {@code \\}, a quote...), or -1. */
    public static int single(int c) {
        return switch (c) {
            case '\\', '\'', '"' -> c;
            case 'a' -> 7;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 11;
            default -> -1;
        };
    }
}
