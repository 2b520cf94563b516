package dev.krait.parser;

/**
 * The parts of a STRING token's text: which prefix letters it has, and the text between its quotes.
 * {@code bodyStart} and {@code bodyEnd} index the token text.
 */
record StringToken(boolean bytes, boolean raw, boolean formatted, String text, int bodyStart, int bodyEnd) {

    static StringToken of(String text) {
        int q = 0;
        boolean bytes = false;
        boolean raw = false;
        boolean formatted = false;
        while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
            switch (Character.toLowerCase(text.charAt(q))) {
                case 'b' -> bytes = true;
                case 'r' -> raw = true;
                case 'f' -> formatted = true;
                default -> {
                    // 'u' changes nothing but the Constant's kind.
                }
            }
            q++;
        }
        char quote = text.charAt(q);
        String triple = String.valueOf(quote).repeat(3);
        int quoteSize = text.length() - q >= 6 && text.startsWith(triple, q) ? 3 : 1;
        return new StringToken(bytes, raw, formatted, text, q + quoteSize, text.length() - quoteSize);
    }

    String body() {
        return text.substring(bodyStart, bodyEnd);
    }
}
