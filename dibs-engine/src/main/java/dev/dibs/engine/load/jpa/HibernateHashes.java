package dev.dibs.engine.load.jpa;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;

/**
 * The constraint names Hibernate makes up when the mapping gives none: a prefix ({@code FK},
 * {@code UK}, {@code IDX}) and the MD5 of the table, referenced table and column names, in base 35.
 * A database Hibernate created carries these names, so dibs must give the same ones to rename nothing.
 */
final class HibernateHashes {

    private HibernateHashes() {
    }

    static String foreignKey(JpaName table, JpaName referencedTable, List<JpaName> columns) {
        StringBuilder input = new StringBuilder("table`").append(table).append('`')
                .append("references`").append(referencedTable).append('`');
        appendColumns(input, columns);
        return "FK" + hashed(input.toString());
    }

    static String constraint(String prefix, JpaName table, List<JpaName> columns) {
        StringBuilder input = new StringBuilder("table`").append(table).append('`');
        appendColumns(input, columns);
        return prefix + hashed(input.toString());
    }

    /** Columns sorted by Hibernate's canonical name, each as {@code column`name`}. */
    private static void appendColumns(StringBuilder input, List<JpaName> columns) {
        columns.stream().sorted(Comparator.comparing(JpaName::canonical))
                .forEach(c -> input.append("column`").append(c).append('`'));
    }

    private static String hashed(String input) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return new BigInteger(1, md5.digest(input.getBytes(StandardCharsets.UTF_8))).toString(35);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
