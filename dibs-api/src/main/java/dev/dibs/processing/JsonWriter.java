package dev.dibs.processing;

/**
 * A minimal JSON writer: dibs-api may not depend on a JSON library, and the files it writes are
 * small and flat. Commas are placed automatically; the caller only keeps begin/end balanced.
 */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** True right after a container opened: the next entry needs no comma. */
    private boolean first = true;
    /** True right after a key: its value needs no comma. */
    private boolean afterName;

    JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        first = true;
        return this;
    }

    JsonWriter endObject() {
        out.append('}');
        // The closed container is a value of its parent, which is therefore no longer empty.
        first = false;
        return this;
    }

    JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        first = true;
        return this;
    }

    JsonWriter endArray() {
        out.append(']');
        first = false;
        return this;
    }

    JsonWriter name(String name) {
        if (!first) {
            out.append(',');
        }
        appendQuoted(out, name);
        out.append(':');
        afterName = true;
        return this;
    }

    /** Writes a string, or {@code null} for a missing value. */
    JsonWriter value(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            appendQuoted(out, value);
        }
        return this;
    }

    /** Writes a number, or {@code null} for a missing value. */
    JsonWriter value(Long value) {
        beforeValue();
        out.append(value == null ? "null" : value.toString());
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void beforeValue() {
        if (!afterName && !first) {
            out.append(',');
        }
        afterName = false;
        first = false;
    }

    /** Appends {@code text} as a JSON string literal. */
    static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        // A lone surrogate cannot be encoded as UTF-8; escaped, it survives intact.
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
