package dev.dibs.engine.load;

import dev.dibs.engine.load.SqlFileClassifier.Name;
import dev.dibs.engine.naming.SqlTokens.Kind;
import dev.dibs.engine.naming.SqlTokens.Token;
import java.util.List;

/**
 * Reads the leading words of one statement for the {@link SqlFileClassifier}: keywords, names
 * ({@code schema.name}, quoted or not) and words at the top level (outside parentheses) further on.
 */
final class SqlCursor {

    private final List<Token> tokens;
    private final int[] depth; // parenthesis depth of each token
    private int pos;

    SqlCursor(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
        this.depth = new int[tokens.size()];
        int d = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol(")")) {
                d = Math.max(0, d - 1);
            }
            depth[i] = d;
            if (tokens.get(i).isSymbol("(")) {
                d++;
            }
        }
    }

    /** The next token when it is an unquoted word (lower case), consumed; else null. */
    String word() {
        if (pos < tokens.size() && tokens.get(pos).kind() == Kind.IDENTIFIER) {
            return tokens.get(pos++).text();
        }
        return null;
    }

    /** The text of the token consumed last. */
    String previous() {
        return pos == 0 ? "" : tokens.get(pos - 1).text();
    }

    /** Consumes {@code words} when the next tokens are exactly these unquoted words. */
    boolean accept(String... words) {
        if (!matches(pos, words)) {
            return false;
        }
        pos += words.length;
        return true;
    }

    /** One name, quoted or not, consumed; {@code ?} when there is none. */
    String plainName() {
        if (pos < tokens.size() && tokens.get(pos).isName()) {
            return tokens.get(pos++).text();
        }
        return "?";
    }

    /** {@code name} or {@code schema.name}, consumed. */
    Name name() {
        String first = plainName();
        if (pos + 1 < tokens.size() && tokens.get(pos).isSymbol(".") && tokens.get(pos + 1).isName()) {
            pos++;
            return new Name(first, plainName());
        }
        return new Name(null, first);
    }

    /**
     * An operator's name, {@code ~<<} or {@code schema.~<<}, consumed up to the first token that is
     * not an operator character (the tokenizer gives one symbol a character); null when there is none.
     */
    Name operatorName() {
        String schema = null;
        if (pos + 1 < tokens.size() && tokens.get(pos).isName() && tokens.get(pos + 1).isSymbol(".")) {
            schema = tokens.get(pos).text();
            pos += 2;
        }
        StringBuilder symbol = new StringBuilder();
        while (pos < tokens.size() && tokens.get(pos).kind() == Kind.SYMBOL && tokens.get(pos).text().length() == 1
                && dev.dibs.engine.naming.Identifiers.OPERATOR_CHARACTERS.contains(tokens.get(pos).text())) {
            symbol.append(tokens.get(pos++).text());
        }
        return symbol.length() == 0 ? null : new Name(schema, symbol.toString());
    }

    /** Moves past the next top-level {@code word}; false (and at the end) when there is none. */
    boolean skipTo(String word) {
        while (pos < tokens.size()) {
            boolean found = depth[pos] == 0 && tokens.get(pos).isKeyword(word);
            pos++;
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code words} follow one another at the top level somewhere after the position. */
    boolean contains(String... words) {
        for (int i = pos; i < tokens.size(); i++) {
            if (depth[i] == 0 && matches(i, words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether exactly {@code n} tokens remain. */
    boolean atEnd(int n) {
        return tokens.size() - pos == n;
    }

    private boolean matches(int at, String... words) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!tokens.get(at + i).isKeyword(words[i])) {
                return false;
            }
        }
        return true;
    }
}
