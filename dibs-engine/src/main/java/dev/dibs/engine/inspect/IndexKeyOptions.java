package dev.dibs.engine.inspect;

import dev.dibs.engine.naming.SqlTokens;
import dev.dibs.engine.naming.SqlTokens.Positioned;
import java.util.ArrayList;
import java.util.List;

/**
 * The collation and operator class of each key of an index, taken from {@code pg_get_indexdef}:
 * PostgreSQL prints there exactly the ones that are not the key's defaults, qualified when they
 * are not visible, with the operator class's parameters. Reading them back from that text keeps
 * dibs's idea of "default" identical to PostgreSQL's (a {@code varchar} key's default class is
 * {@code text_ops}, for instance), where comparing catalog flags would have to re-implement it.
 */
final class IndexKeyOptions {

    /** One key's options; each null when PostgreSQL prints none. */
    record Options(String collation, String opclass) {
        static final Options NONE = new Options(null, null);
    }

    private IndexKeyOptions() {
    }

    /**
     * @param definition the index's {@code pg_get_indexdef}
     * @param keyTexts   each key column's {@code pg_get_indexdef(index, n, false)}: the start of its
     *                   text in the definition
     */
    static List<Options> read(String definition, List<String> keyTexts) {
        List<String> elements = keyElements(definition);
        List<Options> out = new ArrayList<>();
        for (int i = 0; i < keyTexts.size(); i++) {
            String element = i < elements.size() ? elements.get(i) : null;
            String key = keyTexts.get(i);
            if (element == null || key == null || !element.startsWith(key)) {
                throw new IllegalStateException("dibs bug: cannot find key " + (i + 1) + " (" + key + ") in the index definition "
                        + definition);
            }
            out.add(options(element.substring(key.length())));
        }
        return out;
    }

    /** The texts between the parentheses after {@code USING method}, split at their top-level commas. */
    private static List<String> keyElements(String definition) {
        List<Positioned> tokens = SqlTokens.tokenizeWithPositions(definition);
        int open = -1;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).token().isKeyword("using") && tokens.get(i + 2).token().isSymbol("(")) {
                open = i + 2;
                break;
            }
        }
        List<String> elements = new ArrayList<>();
        if (open < 0) {
            return elements;
        }
        int depth = 0;
        int start = tokens.get(open).end();
        for (int i = open; i < tokens.size(); i++) {
            SqlTokens.Token t = tokens.get(i).token();
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    elements.add(definition.substring(start, tokens.get(i).start()).trim());
                    return elements;
                }
            } else if (t.isSymbol(",") && depth == 1) {
                elements.add(definition.substring(start, tokens.get(i).start()).trim());
                start = tokens.get(i).end();
            }
        }
        return elements;
    }

    /** {@code [COLLATE name] [opclass[(params)]] [ASC|DESC] [NULLS FIRST|LAST]}, the sort options being read elsewhere. */
    private static Options options(String rest) {
        List<Positioned> tokens = SqlTokens.tokenizeWithPositions(rest);
        int i = 0;
        String collation = null;
        if (i < tokens.size() && tokens.get(i).token().isKeyword("collate")) {
            int end = qualifiedNameEnd(tokens, i + 1);
            collation = rest.substring(tokens.get(i + 1).start(), tokens.get(end - 1).end());
            i = end;
        }
        String opclass = null;
        if (i < tokens.size() && tokens.get(i).token().isName() && !isSortWord(tokens.get(i).token())) {
            int end = qualifiedNameEnd(tokens, i);
            if (end < tokens.size() && tokens.get(end).token().isSymbol("(")) {
                end = afterGroup(tokens, end);
            }
            opclass = rest.substring(tokens.get(i).start(), tokens.get(end - 1).end());
        }
        return collation == null && opclass == null ? Options.NONE : new Options(collation, opclass);
    }

    private static boolean isSortWord(SqlTokens.Token t) {
        return t.isKeyword("asc") || t.isKeyword("desc") || t.isKeyword("nulls");
    }

    /** The index after {@code name} or {@code schema.name} starting at {@code i}. */
    private static int qualifiedNameEnd(List<Positioned> tokens, int i) {
        int end = i + 1;
        while (end + 1 < tokens.size() && tokens.get(end).token().isSymbol(".") && tokens.get(end + 1).token().isName()) {
            end += 2;
        }
        return end;
    }

    /** The index after the parenthesised group opening at {@code open}. */
    private static int afterGroup(List<Positioned> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).token().isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).token().isSymbol(")") && --depth == 0) {
                return i + 1;
            }
        }
        return tokens.size();
    }
}
