package dev.dibs.engine.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A row-level-security policy on a table, known by its table and name.
 *
 * @param permissive {@code AS PERMISSIVE} (any one of them lets a row through) or, when false,
 *                   {@code AS RESTRICTIVE} (every one of them must)
 * @param command    {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param roles      the roles it applies to, sorted; {@code public} for {@code PUBLIC} (no role can
 *                   have that name: PostgreSQL reserves it)
 * @param using      its {@code USING} expression as {@code pg_get_expr} prints it, null when absent
 * @param withCheck  its {@code WITH CHECK} expression likewise, null when absent
 * @param comment    null when absent
 * @param columns    the columns of its table its expressions read, sorted: PostgreSQL refuses to
 *                   drop or retype them while the policy exists
 * @param relations  the other tables, views and materialized views its expressions read (in a
 *                   subquery), sorted: PostgreSQL refuses to drop them while the policy exists
 * @param uses       the columns of those it reads, sorted: PostgreSQL refuses to drop or retype them
 */
public record Policy(QualifiedName table, String name, boolean permissive, String command, List<String> roles,
                     String using, String withCheck, String comment, List<String> columns, List<QualifiedName> relations,
                     List<RelationColumn> uses) {

    /** The commands {@code CREATE POLICY … FOR} takes. */
    public static final Set<String> COMMANDS = Set.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE");

    public Policy {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(command, "command");
        if (!COMMANDS.contains(command)) {
            throw new IllegalArgumentException("policy " + name + " on " + table + ": unknown command " + command);
        }
        roles = roles.stream().distinct().sorted().toList();
        columns = columns.stream().distinct().sorted().toList();
        relations = relations.stream().filter(r -> !r.equals(table)).distinct().sorted().toList();
        uses = uses.stream().filter(u -> !u.relation().equals(table)).distinct().sorted().toList();
    }

    /** A policy that reads no other relation than its table. */
    public Policy(QualifiedName table, String name, boolean permissive, String command, List<String> roles,
                  String using, String withCheck, String comment, List<String> columns) {
        this(table, name, permissive, command, roles, using, withCheck, comment, columns, List.of(), List.of());
    }

    /** A policy that reads no column of its table. */
    public Policy(QualifiedName table, String name, boolean permissive, String command, List<String> roles,
                  String using, String withCheck, String comment) {
        this(table, name, permissive, command, roles, using, withCheck, comment, List.of(), List.of(), List.of());
    }

    public Policy withTable(QualifiedName newTable) {
        return new Policy(newTable, name, permissive, command, roles, using, withCheck, comment, columns, relations, uses);
    }

    public Policy withComment(String newComment) {
        return new Policy(table, name, permissive, command, roles, using, withCheck, newComment, columns, relations, uses);
    }

    public Policy withColumns(List<String> newColumns) {
        return new Policy(table, name, permissive, command, roles, using, withCheck, comment, newColumns, relations, uses);
    }

    /** This policy reading {@code newRelations} and {@code newUses} (after a rename). */
    public Policy reading(List<QualifiedName> newRelations, List<RelationColumn> newUses) {
        return new Policy(table, name, permissive, command, roles, using, withCheck, comment, columns, newRelations, newUses);
    }

    /** {@code to}'s roles, expressions and columns on this policy: what {@code ALTER POLICY} changes. */
    public Policy altered(Policy to) {
        return new Policy(table, name, permissive, command, to.roles, to.using, to.withCheck, comment, to.columns, to.relations,
                to.uses);
    }

    /** Whether {@code ALTER POLICY} turns this policy into {@code to}: same command and kind, no expression removed. */
    public boolean alterableTo(Policy to) {
        return permissive == to.permissive && command.equals(to.command)
                && (using == null || to.using != null) && (withCheck == null || to.withCheck != null);
    }

    /** Roles, expressions and what they read: what {@code ALTER POLICY} sets. */
    public boolean sameRule(Policy other) {
        return roles.equals(other.roles) && Objects.equals(using, other.using) && Objects.equals(withCheck, other.withCheck)
                && columns.equals(other.columns) && relations.equals(other.relations) && uses.equals(other.uses);
    }
}
