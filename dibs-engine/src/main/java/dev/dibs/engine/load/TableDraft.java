package dev.dibs.engine.load;

import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.ReferentialAction;
import dev.dibs.engine.model.SourceLocation;
import java.util.List;

/**
 * A table as read from one annotated class, before names that depend on other tables (foreign key
 * targets, default constraint names) are resolved.
 */
public record TableDraft(
        String javaClass,
        QualifiedName name,
        List<ColumnDraft> columns,
        boolean primaryKeyDeclared,
        List<IndexSpec> indexes,
        List<UniqueSpec> uniques,
        List<ForeignKeySpec> foreignKeys,
        List<CheckSpec> checks,
        String renamedFrom,
        String comment,
        SourceLocation source,
        List<ExclusionSpec> exclusions,
        KeyOptions primaryKeyOptions,
        boolean unlogged,
        String storage,
        Partitioning partitioning,
        boolean rowSecurity,
        boolean forceRowSecurity,
        List<String> inherits) {

    public TableDraft {
        partitioning = partitioning == null ? Partitioning.NONE : partitioning;
        inherits = inherits == null ? List.of() : List.copyOf(inherits);
    }

    /** A table that inherits from no other. */
    public TableDraft(String javaClass, QualifiedName name, List<ColumnDraft> columns, boolean primaryKeyDeclared,
                      List<IndexSpec> indexes, List<UniqueSpec> uniques, List<ForeignKeySpec> foreignKeys, List<CheckSpec> checks,
                      String renamedFrom, String comment, SourceLocation source, List<ExclusionSpec> exclusions,
                      KeyOptions primaryKeyOptions, boolean unlogged, String storage, Partitioning partitioning, boolean rowSecurity,
                      boolean forceRowSecurity) {
        this(javaClass, name, columns, primaryKeyDeclared, indexes, uniques, foreignKeys, checks, renamedFrom, comment, source,
                exclusions, primaryKeyOptions, unlogged, storage, partitioning, rowSecurity, forceRowSecurity, List.of());
    }

    /** A logged, unpartitioned table without exclusion constraints, whose primary key (if any) has no options. */
    public TableDraft(String javaClass, QualifiedName name, List<ColumnDraft> columns, boolean primaryKeyDeclared,
               List<IndexSpec> indexes, List<UniqueSpec> uniques, List<ForeignKeySpec> foreignKeys, List<CheckSpec> checks,
               String renamedFrom, String comment, SourceLocation source) {
        this(javaClass, name, columns, primaryKeyDeclared, indexes, uniques, foreignKeys, checks, renamedFrom, comment, source,
                List.of(), KeyOptions.NONE, false, "", Partitioning.NONE, false, false);
    }

    /** The same table with other columns (types resolved, refused texts left out). */
    TableDraft withColumns(List<ColumnDraft> newColumns) {
        return new TableDraft(javaClass, name, newColumns, primaryKeyDeclared, indexes, uniques, foreignKeys, checks, renamedFrom,
                comment, source, exclusions, primaryKeyOptions, unlogged, storage, partitioning, rowSecurity,
                forceRowSecurity, inherits);
    }

    /** The same table keeping only the index, check and exclusion texts that passed the SQL check. */
    TableDraft withSql(List<IndexSpec> newIndexes, List<CheckSpec> newChecks, List<ExclusionSpec> newExclusions) {
        return new TableDraft(javaClass, name, columns, primaryKeyDeclared, newIndexes, uniques, foreignKeys, newChecks, renamedFrom,
                comment, source, newExclusions, primaryKeyOptions, unlogged, storage, partitioning, rowSecurity,
                forceRowSecurity, inherits);
    }

    /** The same table with only the partition key and bounds that passed the SQL check. */
    TableDraft withPartitioning(Partitioning checked) {
        return new TableDraft(javaClass, name, columns, primaryKeyDeclared, indexes, uniques, foreignKeys, checks, renamedFrom,
                comment, source, exclusions, primaryKeyOptions, unlogged, storage, checked, rowSecurity,
                forceRowSecurity, inherits);
    }

    /** {@code com.acme.User} or {@code com.acme.User.email}: where a problem is reported. */
    String where(String member) {
        return member == null ? javaClass : javaClass + "." + member;
    }

    /**
     * One column. {@code type} is null when it could not be mapped (a problem is already recorded)
     * or is a Java enum still to resolve ({@code enumClass} set).
     */
    public record ColumnDraft(
            String javaMember,
            String name,
            PgType type,
            String enumClass,
            boolean enumArray,
            boolean nullable,
            String defaultExpression,
            boolean identity,
            boolean identityAlways,
            String generatedExpression,
            boolean virtual,
            boolean primaryKey,
            String renamedFrom,
            String comment,
            SourceLocation source,
            String identitySequence,
            Integer statistics,
            String collation) {

        /** A column of its type's own collation ({@code collation} null). */
        public ColumnDraft(String javaMember, String name, PgType type, String enumClass, boolean enumArray, boolean nullable,
                           String defaultExpression, boolean identity, boolean identityAlways, String generatedExpression,
                           boolean virtual, boolean primaryKey, String renamedFrom, String comment, SourceLocation source,
                           String identitySequence, Integer statistics) {
            this(javaMember, name, type, enumClass, enumArray, nullable, defaultExpression, identity, identityAlways,
                    generatedExpression, virtual, primaryKey, renamedFrom, comment, source, identitySequence, statistics, null);
        }

        /** A column with the server's default statistics target. */
        public ColumnDraft(String javaMember, String name, PgType type, String enumClass, boolean enumArray, boolean nullable,
                           String defaultExpression, boolean identity, boolean identityAlways, String generatedExpression,
                           boolean virtual, boolean primaryKey, String renamedFrom, String comment, SourceLocation source,
                           String identitySequence) {
            this(javaMember, name, type, enumClass, enumArray, nullable, defaultExpression, identity, identityAlways,
                    generatedExpression, virtual, primaryKey, renamedFrom, comment, source, identitySequence, null);
        }

        /** A column without {@code @Identity(sequence = …)}. */
        public ColumnDraft(String javaMember, String name, PgType type, String enumClass, boolean enumArray, boolean nullable,
                           String defaultExpression, boolean identity, boolean identityAlways, String generatedExpression,
                           boolean virtual, boolean primaryKey, String renamedFrom, String comment, SourceLocation source) {
            this(javaMember, name, type, enumClass, enumArray, nullable, defaultExpression, identity, identityAlways,
                    generatedExpression, virtual, primaryKey, renamedFrom, comment, source, "");
        }

        ColumnDraft withType(PgType resolved) {
            return new ColumnDraft(javaMember, name, resolved, enumClass, enumArray, nullable, defaultExpression,
                    identity, identityAlways, generatedExpression, virtual, primaryKey, renamedFrom, comment, source, identitySequence,
                    statistics, collation);
        }
    }

    /** An {@code @Index}: on the class ({@code member} null) or on a member; {@code comment} empty for none. */
    public record IndexSpec(String member, String columns, boolean unique, String where, String using, String include, String name,
                     boolean nullsNotDistinct, String with, String comment) {
    }

    /**
     * A {@code @Unique} (member set) or {@code @UniqueConstraint} (columns set). {@code hibernate}: a JPA
     * mapping's, which, as Hibernate does, is left out where it repeats the primary key's columns or an
     * earlier unique key's (the same set of columns) rather than refused.
     */
    public record UniqueSpec(String member, String columns, String name, KeyOptions options, boolean hibernate) {
        public UniqueSpec(String member, String columns, String name) {
            this(member, columns, name, KeyOptions.NONE, false);
        }

        public UniqueSpec(String member, String columns, String name, KeyOptions options) {
            this(member, columns, name, options, false);
        }

        /** A JPA mapping's unique key on {@code columns}: see {@link #hibernate}. */
        public static UniqueSpec hibernate(String columns, String name) {
            return new UniqueSpec(null, columns, name, KeyOptions.NONE, true);
        }
    }

    /**
     * What a key's annotation says beyond its columns, as written: {@code include} and {@code with}
     * are the attributes' texts ({@code ""} for none); {@code name} is {@code @Pk(name)} ({@code ""}
     * for the default, and always for a unique key, whose name its spec carries). {@code member} is the member whose
     * annotation carries them (null for a class-level one), for messages.
     */
    public record KeyOptions(String member, boolean nullsNotDistinct, String include, String with, Deferrability deferrability,
                      String name) {
        static final KeyOptions NONE = new KeyOptions(null, false, "", "", Deferrability.NOT_DEFERRABLE, "");

        /** Whether nothing beyond the columns is asked for. */
        boolean isPlain() {
            return !nullsNotDistinct && include.isBlank() && with.isBlank() && deferrability == Deferrability.NOT_DEFERRABLE
                    && name.isEmpty();
        }

        /** The same options, whichever member carries them. */
        boolean sameAs(KeyOptions o) {
            return nullsNotDistinct == o.nullsNotDistinct && include.equals(o.include) && with.equals(o.with)
                    && deferrability == o.deferrability && name.equals(o.name);
        }
    }

    /** An {@code @Exclusion}: its name and what follows {@code EXCLUDE}, as written. */
    public record ExclusionSpec(String name, String value) {
    }

    /**
     * A {@code @References} (member set, {@code target} {@code [schema.]table.column}) or a
     * {@code @ForeignKey} (columns set, {@code target} {@code [schema.]table(a, b)}).
     */
    public record ForeignKeySpec(String member, String columns, String target, ReferentialAction onDelete,
                          ReferentialAction onUpdate, Deferrability deferrability, String name, String onDeleteSet,
                          boolean validate) {

        /** One whose {@code ON DELETE} sets all its columns, if it sets any, validated. */
        public ForeignKeySpec(String member, String columns, String target, ReferentialAction onDelete,
                              ReferentialAction onUpdate, Deferrability deferrability, String name) {
            this(member, columns, target, onDelete, onUpdate, deferrability, name, "", true);
        }
    }

    /** A {@code @Check} ({@code validate} false: {@code NOT VALID}). */
    public record CheckSpec(String expression, String name, boolean noInherit, boolean validate) {
        public CheckSpec(String expression, String name) {
            this(expression, name, false, true);
        }
    }

    /** {@code @Table(partitionBy)} ({@code key} empty: not partitioned) and the {@code @Partition}s, as written. */
    public record Partitioning(String key, List<PartitionSpec> partitions) {
        static final Partitioning NONE = new Partitioning("", List.of());

        public Partitioning {
            partitions = List.copyOf(partitions);
        }
    }

    /** A {@code @Partition}: {@code of} and {@code partitionBy} empty for a plain partition of the table. */
    public record PartitionSpec(String name, String bound, String of, String partitionBy) {
        public PartitionSpec(String name, String bound) {
            this(name, bound, "", "");
        }
    }
}
