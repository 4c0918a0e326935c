package dev.dibs.processing;

/**
 * Reduces Javadoc inline tags to the text a reader of the rendered page would see:
 * <code>{&#64;code x}</code> and <code>{&#64;literal x}</code> become {@code x} verbatim,
 * <code>{&#64;link Foo#bar label}</code> becomes {@code label}, <code>{&#64;link Foo#bar}</code>
 * becomes {@code Foo.bar}, <code>{&#64;inheritDoc}</code> and <code>{&#64;docRoot}</code> vanish,
 * and any other tag leaves its (simplified) content. An unclosed tag is kept as written.
 */
final class InlineTags {
    private InlineTags() {
    }

    static String simplify(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("{@", i);
            int end = start < 0 ? -1 : closingBrace(text, start);
            if (end < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, start);
            out.append(render(text.substring(start + 2, end)));
            i = end + 1;
        }
        return out.toString();
    }

    /** Index of the brace closing the tag opened at {@code start}, counting nested braces. */
    private static int closingBrace(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Renders one tag, given what stands between <code>{&#64;</code> and its closing brace. */
    private static String render(String tag) {
        int nameEnd = 0;
        while (nameEnd < tag.length() && !Character.isWhitespace(tag.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = tag.substring(0, nameEnd);
        String content = tag.substring(nameEnd);
        switch (name) {
            case "code":
            case "literal":
                // Like javadoc: only the single separating whitespace character goes.
                return content.isEmpty() ? "" : content.substring(1);
            case "link":
            case "linkplain":
                return link(content.strip());
            case "value":
                return reference(content.strip());
            case "inheritDoc":
            case "docRoot":
                return "";
            case "index":
                return indexTerm(content.strip());
            default:
                return simplify(content.strip());
        }
    }

    /** The label when there is one, else the reference as javadoc shows it. */
    private static String link(String content) {
        int split = referenceEnd(content);
        String label = content.substring(split).strip();
        return label.isEmpty() ? reference(content.substring(0, split)) : simplify(label);
    }

    /** Where the reference ends: the first whitespace outside a parameter list. */
    private static int referenceEnd(String content) {
        int parens = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens--;
            } else if (parens <= 0 && Character.isWhitespace(c)) {
                return i;
            }
        }
        return content.length();
    }

    /** {@code Foo#bar} is shown as {@code Foo.bar}, {@code #bar} as {@code bar}. */
    private static String reference(String reference) {
        if (reference.startsWith("#")) {
            return reference.substring(1);
        }
        return reference.replace('#', '.');
    }

    /** The indexed term: a quoted phrase or the first word. */
    private static String indexTerm(String content) {
        if (content.startsWith("\"")) {
            int close = content.indexOf('"', 1);
            return close < 0 ? content.substring(1) : content.substring(1, close);
        }
        int split = referenceEnd(content);
        return content.substring(0, split);
    }
}
