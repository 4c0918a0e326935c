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
record TableDraft(
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
        boolean rowSecurity,
        boolean forceRowSecurity) {

    /** {@code com.acme.User} or {@code com.acme.User.email}: where a problem is reported. */
    String where(String member) {
        return member == null ? javaClass : javaClass + "." + member;
    }

    /**
     * One column. {@code type} is null when it could not be mapped (a problem is already recorded)
     * or is a Java enum still to resolve ({@code enumClass} set).
     */
    record ColumnDraft(
            String javaMember,
            String name,
            PgType type,
            String enumClass,
            boolean enumArray,
            boolean nullable,
            String defaultExpression,
            boolean identity,
            String generatedExpression,
            boolean virtual,
            boolean primaryKey,
            String renamedFrom,
            String comment,
            SourceLocation source) {

        ColumnDraft withType(PgType resolved) {
            return new ColumnDraft(javaMember, name, resolved, enumClass, enumArray, nullable, defaultExpression,
                    identity, generatedExpression, virtual, primaryKey, renamedFrom, comment, source);
        }
    }

    /** An {@code @Index}: on the class ({@code member} null) or on a member; {@code comment} empty for none. */
    record IndexSpec(String member, String columns, boolean unique, String where, String using, String include, String name,
                     String comment) {
    }

    /** A {@code @Unique} (member set) or {@code @UniqueConstraint} (columns set). */
    record UniqueSpec(String member, String columns, String name) {
    }

    /**
     * A {@code @References} (member set, {@code target} {@code [schema.]table.column}) or a
     * {@code @ForeignKey} (columns set, {@code target} {@code [schema.]table(a, b)}).
     */
    record ForeignKeySpec(String member, String columns, String target, ReferentialAction onDelete,
                          ReferentialAction onUpdate, Deferrability deferrability, String name) {
    }

    /** A {@code @Check}. */
    record CheckSpec(String expression, String name) {
    }
}
