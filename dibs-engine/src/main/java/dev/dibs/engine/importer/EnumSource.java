package dev.dibs.engine.importer;

import dev.dibs.engine.model.EnumType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The source of one enum type's Java enum: {@code @PgEnum} with the type's name (and its schema
 * where the tables using it would not give it), one constant per label in label order. A label
 * that cannot name a constant (a keyword, spaces, dashes) gets a constant of its words in upper
 * case with {@code @PgEnum.Label} giving the label back.
 */
final class EnumSource {

    private EnumSource() {
    }

    /** @param users the schemas of the tables with columns of this type */
    static String render(EnumType e, String className, Set<String> users, String javaPackage, List<String> problems) {
        String where = "enum type " + e.name();
        if (e.labels().isEmpty()) {
            problems.add(where + ": it has no labels, and a Java enum without constants declares no type");
        }
        AnnotationText pgEnum = new AnnotationText("PgEnum").required("value", e.name().name());
        // the loader's default: the schema of the tables using it, or public when none does
        if (!users.equals(Set.of(e.name().schema())) && !(users.isEmpty() && e.name().schema().equals("public"))) {
            pgEnum.required("schema", e.name().schema());
        }
        StringBuilder out = new StringBuilder("package ").append(javaPackage).append(";\n\nimport dev.dibs.PgEnum;\n\n");
        if (e.comment() != null) {
            String why = JavaText.whyNotJavadoc(e.comment());
            if (why != null) {
                problems.add(where + ": its comment cannot be written as Javadoc: " + why);
            } else {
                out.append("/**\n");
                for (String l : JavaText.javadocLines(e.comment())) {
                    out.append(l.isEmpty() ? " *" : " * " + l).append('\n');
                }
                out.append(" */\n");
            }
        }
        out.append(pgEnum.text()).append('\n').append("public enum ").append(className).append(" {\n");
        Set<String> taken = new HashSet<>(e.labels().stream().filter(JavaNames::isIdentifier).toList());
        List<String> constants = new ArrayList<>();
        for (String label : e.labels()) {
            if (JavaNames.isIdentifier(label)) {
                constants.add("    " + label);
            } else {
                String name = constantName(label);
                String unique = name;
                for (int n = 2; !taken.add(unique); n++) {
                    unique = name + "_" + n;
                }
                constants.add("    " + new AnnotationText("PgEnum.Label").required("value", label).text() + " " + unique);
            }
        }
        return out.append(String.join(",\n", constants)).append("\n}\n").toString();
    }

    /** {@code 'not shipped'} → {@code NOT_SHIPPED}: the label's letters and digits in upper case, words joined by {@code _}. */
    static String constantName(String label) {
        List<String> words = new ArrayList<>();
        for (String w : label.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w.toUpperCase(Locale.ROOT));
            }
        }
        String name = words.isEmpty() ? "LABEL" : String.join("_", words);
        return Character.isJavaIdentifierStart(name.codePointAt(0)) ? name : "_" + name;
    }
}
