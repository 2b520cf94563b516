package dev.krait.lexer;

import java.util.HashMap;
import java.util.Map;

/**
 * The kinds of token the lexer produces. Every operator and every hard keyword has a kind of its own so that the
 * parser can switch on kinds instead of comparing text; {@link #category()} gives the coarse name that
 * {@code python3 -m tokenize} prints (keywords are NAMEs there, operators are OPs). Soft keywords ({@code match},
 * {@code case}, {@code _}) are ordinary {@link #NAME}s because they remain usable as identifiers.
 */
public enum TokenKind {
    NAME(Category.NAME, null),
    NUMBER(Category.NUMBER, null),
    STRING(Category.STRING, null),
    NEWLINE(Category.NEWLINE, null),
    INDENT(Category.INDENT, null),
    DEDENT(Category.DEDENT, null),
    ENDMARKER(Category.ENDMARKER, null),
    /**
     * A character that starts no token ({@code $}, {@code ?}, a lone {@code !}, a backquote) or the retired
     * {@code <>}. CPython's tokenizer passes these to the parser, which then reports "invalid syntax" at them.
     */
    ERRORTOKEN(Category.OP, null),

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"),
    COLON(":"), COMMA(","), SEMI(";"), DOT("."), ELLIPSIS("..."), RARROW("->"), COLONEQUAL(":="), AT("@"),
    EQUAL("="),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), DOUBLESLASH("//"), PERCENT("%"), DOUBLESTAR("**"),
    VBAR("|"), AMPER("&"), CIRCUMFLEX("^"), TILDE("~"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"),
    LESS("<"), GREATER(">"), EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="),
    PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), DOUBLESLASHEQUAL("//="),
    PERCENTEQUAL("%="), DOUBLESTAREQUAL("**="), VBAREQUAL("|="), AMPEREQUAL("&="), CIRCUMFLEXEQUAL("^="),
    LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), ATEQUAL("@="),

    FALSE(Category.NAME, "False"), NONE(Category.NAME, "None"), TRUE(Category.NAME, "True"),
    AND(Category.NAME, "and"), AS(Category.NAME, "as"), ASSERT(Category.NAME, "assert"),
    ASYNC(Category.NAME, "async"), AWAIT(Category.NAME, "await"), BREAK(Category.NAME, "break"),
    CLASS(Category.NAME, "class"), CONTINUE(Category.NAME, "continue"), DEF(Category.NAME, "def"),
    DEL(Category.NAME, "del"), ELIF(Category.NAME, "elif"), ELSE(Category.NAME, "else"),
    EXCEPT(Category.NAME, "except"), FINALLY(Category.NAME, "finally"), FOR(Category.NAME, "for"),
    FROM(Category.NAME, "from"), GLOBAL(Category.NAME, "global"), IF(Category.NAME, "if"),
    IMPORT(Category.NAME, "import"), IN(Category.NAME, "in"), IS(Category.NAME, "is"),
    LAMBDA(Category.NAME, "lambda"), NONLOCAL(Category.NAME, "nonlocal"), NOT(Category.NAME, "not"),
    OR(Category.NAME, "or"), PASS(Category.NAME, "pass"), RAISE(Category.NAME, "raise"),
    RETURN(Category.NAME, "return"), TRY(Category.NAME, "try"), WHILE(Category.NAME, "while"),
    WITH(Category.NAME, "with"), YIELD(Category.NAME, "yield");

    /** The token classes of Python's {@code token} module that {@code python3 -m tokenize} prints. */
    public enum Category { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER }

    private static final Map<String, TokenKind> KEYWORDS = bySpelling(Category.NAME);
    private static final Map<String, TokenKind> OPERATORS = bySpelling(Category.OP);

    private static Map<String, TokenKind> bySpelling(Category category) {
        Map<String, TokenKind> map = new HashMap<>();
        for (TokenKind k : values()) {
            if (k.text != null && k.category == category) map.put(k.text, k);
        }
        return Map.copyOf(map);
    }

    private final Category category;
    private final String text;

    TokenKind(String operatorText) {
        this(Category.OP, operatorText);
    }

    TokenKind(Category category, String text) {
        this.category = category;
        this.text = text;
    }

    public Category category() {
        return category;
    }

    /** The fixed spelling of an operator or keyword; null for kinds whose text varies. */
    public String text() {
        return text;
    }

    /** The keyword spelled {@code name}, or null if {@code name} is an ordinary identifier. */
    public static TokenKind keyword(String name) {
        return KEYWORDS.get(name);
    }

    /** The operator spelled exactly {@code text}, or null. */
    public static TokenKind operator(String text) {
        return OPERATORS.get(text);
    }
}
