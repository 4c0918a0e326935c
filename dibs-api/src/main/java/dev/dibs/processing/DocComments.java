package dev.dibs.processing;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the raw Javadoc text that {@code Elements.getDocComment} returns into the plain text that
 * becomes a {@code COMMENT ON}: the main description (text before the first block tag) or one
 * {@code @param} text; every line trimmed, blank lines at both ends dropped, lines joined with
 * {@code \n}, inline tags reduced to their text (see {@link InlineTags}). HTML is left as written.
 */
final class DocComments {
    private DocComments() {
    }

    /** The main description, or {@code null} when there is no Javadoc or it has none. */
    static String mainDescription(String rawDoc) {
        if (rawDoc == null) {
            return null;
        }
        return tidy(sections(rawDoc).get(0));
    }

    /**
     * The text of {@code @param name}, or {@code null} when there is no such tag or it is empty. A
     * record component has no Javadoc of its own: this tag of the record's Javadoc is its doc.
     */
    static String paramDescription(String rawDoc, String name) {
        if (rawDoc == null) {
            return null;
        }
        List<List<String>> sections = sections(rawDoc);
        for (List<String> block : sections.subList(1, sections.size())) {
            String[] head = block.get(0).split("\\s+", 3);
            if (head[0].equals("@param") && head.length > 1 && head[1].equals(name)) {
                List<String> text = new ArrayList<>(block);
                text.set(0, head.length > 2 ? head[2] : "");
                return tidy(text);
            }
        }
        return null;
    }

    /**
     * Splits trimmed lines into the main description followed by one section per block tag. A
     * block tag is a line starting with {@code @} outside any inline tag: inside
     * <code>{&#64;code ...}</code> a line such as {@code @Table("users")} is example text.
     */
    private static List<List<String>> sections(String rawDoc) {
        List<List<String>> sections = new ArrayList<>();
        List<String> current = new ArrayList<>();
        sections.add(current);
        int depth = 0;
        for (String line : rawDoc.split("\r\n|\r|\n", -1)) {
            String trimmed = line.strip();
            if (depth == 0 && trimmed.startsWith("@")) {
                current = new ArrayList<>();
                sections.add(current);
            }
            current.add(trimmed);
            depth = braceDepthAfter(trimmed, depth);
        }
        return sections;
    }

    /** Inline-tag nesting depth at the end of {@code line}, given the depth at its start. */
    private static int braceDepthAfter(String line, int depth) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '{' && (depth > 0 || line.startsWith("{@", i))) {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /** Drops blank lines at both ends, joins with {@code \n}, simplifies inline tags. */
    private static String tidy(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isEmpty()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isEmpty()) {
            to--;
        }
        if (from == to) {
            return null;
        }
        String text = InlineTags.simplify(String.join("\n", lines.subList(from, to))).strip();
        return text.isEmpty() ? null : text;
    }
}
