package dev.dibs.engine.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** One annotation as source text: {@code @Name}, {@code @Name("v")} or {@code @Name(a = …, b = …)}; attributes at their defaults left out. */
final class AnnotationText {

    private static final Pattern PLAIN_COLUMN = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*");
    private static final Pattern PLAIN_VALUE = Pattern.compile("[a-z0-9_.+-]+");

    private final String name;
    private final List<String[]> attributes = new ArrayList<>();

    AnnotationText(String name) {
        this.name = name;
    }

    /** A string attribute, left out when empty (every dibs string attribute defaults to empty). */
    AnnotationText string(String attribute, String value) {
        if (value != null && !value.isEmpty()) {
            attributes.add(new String[] {attribute, JavaText.literal(value)});
        }
        return this;
    }

    /** A string attribute holding SQL (an expression, index keys, a bound): its constants' control characters escaped ({@link SqlControls}). */
    AnnotationText sql(String attribute, String value) {
        return string(attribute, SqlControls.escaped(value));
    }

    /** As {@link #sql}, written even when empty. */
    AnnotationText requiredSql(String attribute, String value) {
        return required(attribute, SqlControls.escaped(value));
    }

    /** A {@code String[]} attribute: left out when empty, one value alone, several in braces. */
    AnnotationText strings(String attribute, java.util.List<String> values) {
        if (values.size() == 1) {
            return string(attribute, values.get(0));
        }
        if (!values.isEmpty()) {
            attributes.add(new String[] {attribute, "{" + String.join(", ", values.stream().map(JavaText::literal).toList()) + "}"});
        }
        return this;
    }

    /** A string attribute that is written even when empty (a required one). */
    AnnotationText required(String attribute, String value) {
        attributes.add(new String[] {attribute, JavaText.literal(value)});
        return this;
    }

    AnnotationText flag(String attribute, boolean value) {
        if (value) {
            attributes.add(new String[] {attribute, "true"});
        }
        return this;
    }

    /** A boolean attribute that defaults to true, written only when false. */
    AnnotationText unlessTrue(String attribute, boolean value) {
        if (!value) {
            attributes.add(new String[] {attribute, "false"});
        }
        return this;
    }

    /** An integer attribute, left out when null (its default). */
    AnnotationText integer(String attribute, Integer value) {
        if (value != null) {
            attributes.add(new String[] {attribute, value.toString()});
        }
        return this;
    }

    /** An enum attribute as {@code Type.CONSTANT}, left out at its default. */
    AnnotationText constant(String attribute, String type, String constant, String defaultConstant) {
        if (!constant.equals(defaultConstant)) {
            attributes.add(new String[] {attribute, type + "." + constant});
        }
        return this;
    }

    String text() {
        if (attributes.isEmpty()) {
            return "@" + name;
        }
        if (attributes.size() == 1 && attributes.get(0)[0].equals("value")) {
            return "@" + name + "(" + attributes.get(0)[1] + ")";
        }
        List<String> parts = new ArrayList<>();
        for (String[] a : attributes) {
            parts.add(a[0] + " = " + a[1]);
        }
        return "@" + name + "(" + String.join(", ", parts) + ")";
    }

    /** A column list as the loader reads it: plain names bare, others between double quotes. */
    static String columns(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(column(n));
        }
        return String.join(", ", out);
    }

    static String column(String n) {
        return PLAIN_COLUMN.matcher(n).matches() ? n : "\"" + n.replace("\"", "\"\"") + "\"";
    }

    /** Storage parameters ({@code name=value}) as the loader reads them: values other than plain lower-case words quoted. */
    static String storage(List<String> options) {
        List<String> out = new ArrayList<>();
        for (String o : options) {
            int eq = o.indexOf('=');
            String key = o.substring(0, eq);
            String value = o.substring(eq + 1);
            boolean plain = PLAIN_VALUE.matcher(value).matches() && value.equals(value.toLowerCase(Locale.ROOT));
            out.add(key + "=" + (plain ? value : "'" + value.replace("'", "''") + "'"));
        }
        return String.join(", ", out);
    }
}
