package dev.dibs.engine.importer;

import dev.dibs.engine.model.EnumType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The source of one enum type's Java enum: {@code @PgEnum} with the type's name (and its schema
 * where the tables using it would not give it), one constant per label in label order.
 */
final class EnumSource {

    private EnumSource() {
    }

    /** @param users the schemas of the tables with columns of this type */
    static String render(EnumType e, String className, Set<String> users, String javaPackage, List<String> problems) {
        String where = "enum type " + e.name();
        if (users.isEmpty()) {
            problems.add(where + ": no column of a table uses it, and dibs declares an enum type only through the"
                    + " columns of its Java enum (drop the type, or use it in a table)");
        }
        List<String> bad = e.labels().stream().filter(l -> !JavaNames.isIdentifier(l)).toList();
        if (!bad.isEmpty()) {
            problems.add(where + ": the labels " + bad.stream().map(l -> "'" + l + "'").toList() + " are not Java identifiers"
                    + " (or are keywords), and a Java enum's labels are its constants' names (rename them: ALTER TYPE … RENAME VALUE)");
        }
        if (e.labels().isEmpty()) {
            problems.add(where + ": it has no labels, and a Java enum without constants declares no type");
        }
        AnnotationText pgEnum = new AnnotationText("PgEnum").required("value", e.name().name());
        if (!users.equals(Set.of(e.name().schema()))) {
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
        List<String> constants = new ArrayList<>();
        for (String label : e.labels()) {
            constants.add("    " + label);
        }
        return out.append(String.join(",\n", constants)).append("\n}\n").toString();
    }
}
