package dev.krait.parser;

import dev.krait.lexer.SyntaxError;
import dev.krait.lexer.Token;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.krait.lexer.TokenKind.STRING;

/**
 * Adjacent string literals, concatenated into one Constant (str or bytes) or, when an f-string takes part, one
 * JoinedStr. Decodes escapes, rejects mixing bytes with str and non-ASCII characters in bytes, and hands f-strings
 * to {@link FStringParser}. Errors are located as CPython locates them: mostly at the token after the strings.
 */
final class StringLiteralParser {
    private final ParseState st;
    private final TokenStream ts;
    private final ParseErrors err;

    StringLiteralParser(ParseState st) {
        this.st = st;
        this.ts = st.tokens;
        this.err = st.errors;
    }

    /** Consumes one or more STRING tokens. Errors in them are final, as CPython raises them while building nodes. */
    Expr parse() {
        try {
            return concatenate();
        } catch (SyntaxError e) {
            throw st.actionError(e);
        }
    }

    private Expr concatenate() {
        List<Token> parts = new ArrayList<>();
        while (ts.at(STRING)) parts.add(ts.next());
        Token first = parts.get(0);
        Loc whole = Spans.of(first, parts.get(parts.size() - 1));
        JoinedStrBuilder joined = new JoinedStrBuilder(whole, first.text().startsWith("u") ? "u" : null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean bytesMode = false;
        for (int i = 0; i < parts.size(); i++) {
            Token t = parts.get(i);
            StringToken s = StringToken.of(t.text());
            byte[] decodedBytes = s.bytes() ? decodeBytes(t, s) : null;
            String decoded = !s.bytes() && !s.formatted() ? decodeStr(s) : null;
            if (i > 0 && s.bytes() != bytesMode) throw err.atLastToken("cannot mix bytes and nonbytes literals");
            bytesMode = s.bytes();
            if (s.formatted()) {
                new FStringParser(st, t, s, whole).parseInto(joined);
            } else if (bytesMode) {
                bytes.writeBytes(decodedBytes);
            } else {
                joined.addLiteral(decoded);
            }
        }
        if (bytesMode) return new Expr.Constant(bytes.toByteArray(), null, whole);
        return joined.finish();
    }

    private String decodeStr(StringToken s) {
        return s.raw() ? s.body() : EscapeDecoder.decodeStr(s.body(), err::unicodeError);
    }

    private byte[] decodeBytes(Token t, StringToken s) {
        String body = s.body();
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 0x80) throw err.at("bytes can only contain ASCII literal characters", t);
        }
        if (s.raw()) return body.getBytes(StandardCharsets.ISO_8859_1);
        return EscapeDecoder.decodeBytes(body, msg -> err.atLastToken("(value error) " + msg));
    }

}
