package dev.dibs.engine.model;

import java.util.Objects;

/**
 * A column. {@code defaultExpression}, {@code generatedExpression} and {@code comment} are null
 * when absent. {@code virtual} says a generated column is computed when read (PostgreSQL 18's
 * {@code VIRTUAL}) rather than stored; it is false for every column that is not generated.
 * {@code sequence} is, for an identity or serial column, the options of the sequence it owns that
 * are not the defaults for it, in {@code ALTER SEQUENCE}'s words ({@code AS bigint START WITH 1000});
 * null when all are defaults, or the column owns no sequence. {@code statistics} is its statistics
 * target ({@code SET STATISTICS}, 0 to 10,000), null for the server's default. {@code collation} is
 * the collation it has instead of its type's ({@code pg_catalog.C}, or one {@code CREATE COLLATION}
 * made), null for its type's own.
 */
public record Column(
        String name,
        PgType type,
        boolean nullable,
        String defaultExpression,
        Identity identity,
        String generatedExpression,
        String comment,
        boolean virtual,
        String sequence,
        Integer statistics,
        QualifiedName collation) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        identity = identity == null ? Identity.NONE : identity;
        virtual = virtual && generatedExpression != null;
        sequence = sequence == null || sequence.isBlank() ? null : sequence;
    }

    /** A column of its type's own collation. */
    public Column(String name, PgType type, boolean nullable, String defaultExpression, Identity identity,
                  String generatedExpression, String comment, boolean virtual, String sequence, Integer statistics) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, comment, virtual, sequence, statistics, null);
    }

    /** A column with the server's default statistics target. */
    public Column(String name, PgType type, boolean nullable, String defaultExpression, Identity identity,
                  String generatedExpression, String comment, boolean virtual, String sequence) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, comment, virtual, sequence, null);
    }

    /** A column whose sequence, if it owns one, has the default options. */
    public Column(String name, PgType type, boolean nullable, String defaultExpression, Identity identity,
                  String generatedExpression, String comment, boolean virtual) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, comment, virtual, null);
    }

    /** A column that is not a virtual generated one. */
    public Column(String name, PgType type, boolean nullable, String defaultExpression, Identity identity,
                  String generatedExpression, String comment) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, comment, false);
    }

    /** The same column with another default expression (null: none). */
    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, generatedExpression, comment, virtual, sequence, statistics, collation);
    }

    /** The same column under another name. */
    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generatedExpression, comment, virtual, sequence, statistics, collation);
    }

    /** The same column of another type. */
    public Column withType(PgType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generatedExpression, comment, virtual, sequence, statistics, collation);
    }

    /** The same column with another default and generation expression. */
    public Column withExpressions(String newDefault, String newGenerated) {
        return new Column(name, type, nullable, newDefault, identity, newGenerated, comment, virtual, sequence, statistics, collation);
    }

    /** The same column with other sequence options (null: the defaults). */
    public Column withSequence(String newSequence) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment, virtual, newSequence, statistics, collation);
    }

    /** The same column with another collation (null: its type's own). */
    public Column withCollation(QualifiedName newCollation) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment, virtual, sequence, statistics,
                newCollation);
    }

    /** The collation as a {@code COLLATE} clause names it, always qualified ({@code pg_catalog."C"}); null for the type's own. */
    public String collationSql() {
        return collation == null ? null : dev.dibs.engine.naming.Identifiers.quote(collation.schema(), collation.name());
    }

    /** The schema of the collations PostgreSQL comes with. */
    public static final String BUILTIN_COLLATIONS = "pg_catalog";

    /** The collation {@code name} of {@code pg_catalog}; null for null. */
    public static QualifiedName builtinCollation(String name) {
        return name == null ? null : new QualifiedName(BUILTIN_COLLATIONS, name);
    }

    /** The type as {@code ALTER COLUMN … TYPE} and a column definition write it: with its collation clause, if any. */
    public String typeSql() {
        return collation == null ? type.sql() : type.sql() + " COLLATE " + collationSql();
    }

    /** Whether the two columns differ in type or collation: either is changed by {@code ALTER COLUMN … TYPE}. */
    public boolean typeDiffers(Column other) {
        return !type.equals(other.type) || !Objects.equals(collation, other.collation);
    }

    public boolean isIdentity() {
        return identity != Identity.NONE;
    }

    public boolean isGenerated() {
        return generatedExpression != null;
    }
}
