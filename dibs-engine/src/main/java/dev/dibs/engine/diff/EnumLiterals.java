package dev.dibs.engine.diff;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.SqlTokens;
import dev.dibs.engine.naming.SqlTokens.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The enum labels an expression casts, as PostgreSQL prints them: {@code 'd'::public.mood}, and the
 * elements of {@code '{a,"b c"}'::public.mood[]}. A default or check holding a label its type lacks
 * at that point of a plan fails ("invalid input value for enum"): the plan waits for the type to have it.
 */
public final class EnumLiterals {

    private EnumLiterals() {
    }

    /** The labels of each type the expression casts a string literal to, by the type's qualified name. */
    public static Map<QualifiedName, Set<String>> in(String expression) {
        Map<QualifiedName, Set<String>> out = new LinkedHashMap<>();
        if (expression == null || expression.indexOf("::") < 0) {
            return out;
        }
        List<Token> tokens = SqlTokens.tokenize(expression);
        for (int i = 0; i + 4 < tokens.size(); i++) {
            Token literal = tokens.get(i);
            if (literal.kind() == SqlTokens.Kind.STRING && literal.text().startsWith("'") && tokens.get(i + 1).isSymbol("::")
                    && tokens.get(i + 2).isName() && tokens.get(i + 3).isSymbol(".") && tokens.get(i + 4).isName()) {
                QualifiedName type = new QualifiedName(tokens.get(i + 2).text(), tokens.get(i + 4).text());
                boolean array = i + 6 < tokens.size() && tokens.get(i + 5).isSymbol("[") && tokens.get(i + 6).isSymbol("]");
                String text = literal.text().substring(1, literal.text().length() - 1).replace("''", "'");
                Set<String> labels = out.computeIfAbsent(type, k -> new LinkedHashSet<>());
                if (array) {
                    labels.addAll(elements(text));
                } else {
                    labels.add(text);
                }
            }
        }
        return out;
    }

    /**
     * Every type {@code expression} casts something to, as PostgreSQL prints a cast to a type outside
     * {@code pg_catalog} ({@code 'a'::public.e}, {@code (s)::public.e}, {@code NULL::public.e[]}): a
     * literal, a column or any other value. Whatever the value, the expression holds the type.
     */
    public static Set<QualifiedName> castTypes(String expression) {
        Set<QualifiedName> out = new LinkedHashSet<>();
        if (expression == null || expression.indexOf("::") < 0) {
            return out;
        }
        List<Token> tokens = SqlTokens.tokenize(expression);
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("::") && tokens.get(i + 1).isName() && tokens.get(i + 2).isSymbol(".")
                    && tokens.get(i + 3).isName() && !(i + 4 < tokens.size() && tokens.get(i + 4).isSymbol("."))) {
                out.add(new QualifiedName(tokens.get(i + 1).text(), tokens.get(i + 3).text()));
            }
        }
        return out;
    }

    /** The elements of a one-dimensional array literal's text ({@code {a,"b c",NULL}}), NULL left out. */
    static List<String> elements(String text) {
        List<String> out = new ArrayList<>();
        String body = text.strip();
        if (!body.startsWith("{") || !body.endsWith("}")) {
            return out;
        }
        body = body.substring(1, body.length() - 1);
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < body.length()) {
                    current.append(body.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                add(out, current, wasQuoted);
                current.setLength(0);
                wasQuoted = false;
            } else if (c == '{' || c == '}') {
                return List.of(); // more than one dimension: not read
            } else {
                current.append(c);
            }
        }
        add(out, current, wasQuoted);
        return out;
    }

    private static void add(List<String> out, StringBuilder element, boolean quoted) {
        String e = quoted ? element.toString() : element.toString().strip();
        if (quoted || !e.isEmpty() && !e.equalsIgnoreCase("NULL")) {
            out.add(e);
        }
    }
}
