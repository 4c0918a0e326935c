package dev.dibs.engine.render;

import dev.dibs.engine.diff.ColumnSequences;
import dev.dibs.engine.diff.OperatorUses;
import dev.dibs.engine.diff.RoutineUses;
import dev.dibs.engine.load.Origins;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Extension;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.Trigger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The statements that create a whole schema in an empty database: schemas, collations, extensions, sequences (their
 * owners set once the tables exist), enum types, domains, functions and procedures (those using a
 * table's row type or rows after the tables, then the operators, then the functions whose SQL-standard bodies
 * use an operator and the domains' checks and defaults that call a function or use an operator), tables
 * (columns, primary keys, uniques, partition key), their partitions, then defaults, checks and exclusion constraints one by one, indexes, foreign keys
 * (after every table, so cycles work), triggers with their state and comments, and comments. Each statement is small enough to name the
 * one annotation it comes from.
 */
public final class CreateScript {

    private CreateScript() {
    }

    public static List<ScriptStatement> of(Schema schema, Origins origins) {
        return staged(schema, origins).all();
    }

    /**
     * The script, and the parts of it a build runs the SQL files' declarations between: the schemas
     * and enum types (which a declared function or domain may take), then the rest up to the tables
     * and their partitions (after which the declarations waiting for a table's row type are built),
     * then what follows (defaults, checks and indexes, which may call those).
     *
     * @param all    every statement, in the order they run when nothing is declared
     * @param types  the schemas, collations and enum types, as they are in {@code all}
     * @param tables what else comes up to the tables' partitions, or nothing when there is no table
     * @param rest   the statements after those
     */
    public record Staged(List<ScriptStatement> all, List<ScriptStatement> types, List<ScriptStatement> tables,
                         List<ScriptStatement> rest) {
        public Staged {
            all = List.copyOf(all);
            types = List.copyOf(types);
            tables = List.copyOf(tables);
            rest = List.copyOf(rest);
        }
    }

    public static Staged staged(Schema schema, Origins origins) {
        List<ScriptStatement> out = new ArrayList<>();
        List<ScriptStatement> types = new ArrayList<>();
        for (String namespace : schema.namespaces()) {
            out.add(new ScriptStatement(Sql.createSchemaIfMissing(namespace), "schema " + namespace));
        }
        out.addAll(SqlFileStatements.collations(schema)); // before the domains and tables that may use one
        types.addAll(out);
        extensionsAndSequences(schema, out); // first: the types, functions and operator classes of extensions
        for (EnumType e : schema.enums()) {
            ScriptStatement create = new ScriptStatement("CREATE TYPE " + Sql.name(e.name()) + " AS ENUM ("
                    + e.labels().stream().map(Sql::literal).collect(Collectors.joining(", ")) + ")", "enum " + e.name());
            out.add(create);
            types.add(create);
        }
        List<Routine> routines = RoutineOrder.dependenciesFirst(schema.routines());
        // a domain's checks and default that call the schema's functions or use its operators come after
        // them (a function or operator may take the domain)
        List<QualifiedName> called = routines.stream().map(Routine::name).distinct().toList();
        List<QualifiedName> operators = schema.operators().stream().map(dev.dibs.engine.model.Operator::name).distinct().toList();
        java.util.function.Predicate<String> callsOne = text -> called.stream().anyMatch(n -> RoutineUses.calls(text, n))
                || operators.stream().anyMatch(n -> OperatorUses.uses(text, n));
        List<ScriptStatement> domainsRest = new ArrayList<>();
        for (dev.dibs.engine.model.Domain d : schema.domains()) { // after the enums a domain may be over, before the tables using it
            DomainRenderer.InTwo parts = DomainRenderer.createInTwo(d, callsOne);
            parts.first().forEach(sql -> out.add(new ScriptStatement(sql, "domain " + d.name())));
            parts.rest().forEach(sql -> domainsRest.add(new ScriptStatement(sql, "domain " + d.name())));
        }
        if (!routines.isEmpty()) {
            out.add(new ScriptStatement("SET check_function_bodies = off", "functions and procedures (bodies checked when called)"));
        }
        // a SQL-standard body using an operator of the schema comes after the operators, below
        java.util.function.Predicate<Routine> afterOperators = r -> RoutineOrder.needsOperators(r, routines);
        routines.stream().filter(r -> !RoutineOrder.needsTables(r, routines) && !afterOperators.test(r)).forEach(r -> routine(r, out));
        java.util.Map<QualifiedName, Table> byName = new java.util.HashMap<>();
        schema.tables().forEach(t -> byName.put(t.name(), t));
        for (Table t : TableOrder.rowTypesFirst(schema.tables())) { // a column may take another table's row type
            String where = tableOrigin(t.name(), origins);
            out.add(new ScriptStatement(Sql.createTable(t, false, dev.dibs.engine.diff.Inheritance.givenByParents(t, byName)), where));
            String rowSecurity = TableRenderer.rowSecurity(t.name(), false, false, t.options().rowSecurity(),
                    t.options().forceRowSecurity());
            if (rowSecurity != null) {
                out.add(new ScriptStatement(rowSecurity, where + " rowLevelSecurity"));
            }
        }
        for (Table t : schema.tables()) {
            for (Partition p : t.options().partitionsParentsFirst()) {
                out.add(new ScriptStatement(Sql.createPartition(t.name(), p), tableOrigin(t.name(), origins)
                        + " @Partition(name = \"" + p.name() + "\")"));
            }
        }
        int tablesEnd = schema.tables().isEmpty() ? 0 : out.size();
        // after the tables whose row types or rows they use, before the defaults, checks and indexes that call them
        routines.stream().filter(r -> RoutineOrder.needsTables(r, routines) && !afterOperators.test(r)).forEach(r -> routine(r, out));
        // after every function and type (a table's row type too), before the domain checks, table checks and indexes that may use them
        out.addAll(SqlFileStatements.operatorsWith(schema, routines.stream().filter(afterOperators).toList(), false));
        out.addAll(domainsRest);
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                if (c.defaultExpression() != null) {
                    out.add(new ScriptStatement("ALTER TABLE " + Sql.name(t.name()) + " ALTER COLUMN " + Sql.name(c.name())
                            + " SET DEFAULT " + c.defaultExpression(),
                            columnOrigin(t.name(), c.name(), origins) + " @Default(\"" + c.defaultExpression() + "\")"));
                }
                if (c.statistics() != null) { // after the partitions, which take it from their table here
                    out.add(new ScriptStatement(Sql.setStatistics(t.name(), c.name(), c.statistics(), t.options().partitionBy() != null),
                            columnOrigin(t.name(), c.name(), origins) + " @Column(statistics = " + c.statistics() + ")"));
                }
                // an identity's options came with its CREATE TABLE (but for a type of its own)
                String sequence = c.sequence() == null || c.isIdentity() && !Sql.identityOfAnotherType(c) ? null
                        : Sql.alterSequence(t.name(), c);
                if (sequence != null) {
                    out.add(new ScriptStatement(sequence, columnOrigin(t.name(), c.name(), origins) + " (its sequence)"));
                }
            }
            for (Check k : t.checks()) {
                out.add(new ScriptStatement("ALTER TABLE " + Sql.name(t.name()) + " ADD CONSTRAINT " + Sql.name(k.name())
                        + " " + k.definition(),
                        tableOrigin(t.name(), origins) + " @Check(\"" + k.expression() + "\")"));
            }
            for (Exclusion x : t.exclusions()) {
                out.add(new ScriptStatement("ALTER TABLE " + Sql.name(t.name()) + " ADD CONSTRAINT " + Sql.name(x.name())
                        + " " + x.definition(), tableOrigin(t.name(), origins) + " @Exclusion(name = \"" + x.name() + "\")"));
            }
            for (Index i : t.indexes()) {
                out.add(new ScriptStatement(Sql.createIndex(t.name(), i, false),
                        tableOrigin(t.name(), origins) + " @Index(name = \"" + i.name() + "\")"));
            }
        }
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                out.add(new ScriptStatement("ALTER TABLE " + Sql.name(t.name()) + " ADD CONSTRAINT " + Sql.name(fk.name()) + " "
                        + Sql.foreignKeyDefinition(fk), tableOrigin(t.name(), origins) + " foreign key " + fk.name()));
            }
        }
        // after every table, column and function they may read; views on views in dependency order
        for (Object v : ViewOrder.of(schema)) {
            List<String> sql = v instanceof dev.dibs.engine.model.View view ? ViewRenderer.create(view)
                    : ViewRenderer.create((dev.dibs.engine.model.MaterializedView) v);
            String what = v instanceof dev.dibs.engine.model.View view ? "view " + view.name()
                    : "materialized view " + ((dev.dibs.engine.model.MaterializedView) v).name();
            sql.forEach(statement -> out.add(new ScriptStatement(statement, what)));
        }
        // after every table, column, key and view (an INSTEAD OF trigger is on a view): a trigger's WHEN may use any column; its state and comment with it
        for (Trigger t : schema.triggers()) {
            for (String sql : TriggerRenderer.create(t)) {
                out.add(new ScriptStatement(sql, "trigger " + t.name() + " on " + t.table()));
            }
        }
        // after every table, column, function and view their expressions may read
        for (dev.dibs.engine.model.Policy p : schema.policies()) {
            for (String sql : PolicyRenderer.create(p)) {
                out.add(new ScriptStatement(sql, "policy " + p.name() + " on " + p.table()));
            }
        }
        for (Sequence q : sequences(schema)) {
            if (q.ownedBy() != null) { // once its table exists
                out.add(new ScriptStatement(SequenceRenderer.ownedBy(q), "sequence " + q.name()));
            }
        }
        comments(schema, out, origins);
        // (the types all come before the tables: with no table, the rest is all but them)
        List<ScriptStatement> tables = out.subList(0, tablesEnd).stream().filter(x -> !types.contains(x)).toList();
        List<ScriptStatement> rest = out.subList(tablesEnd, out.size()).stream().filter(x -> !types.contains(x)).toList();
        return new Staged(out, types, tables, rest);
    }

    private static void routine(Routine r, List<ScriptStatement> out) {
        out.add(new ScriptStatement(RoutineRenderer.definition(r), (r.procedure() ? "procedure " : "function ") + r.signature()));
    }

    /**
     * Extensions ({@code IF NOT EXISTS}: a scratch database holds them already, at its server's
     * default version), then every sequence without its owner: those of their own, and those
     * serial-like columns own, which their defaults call.
     */
    private static void extensionsAndSequences(Schema schema, List<ScriptStatement> out) {
        for (Extension e : schema.extensions()) {
            out.add(new ScriptStatement(ExtensionRenderer.create(e, true), "extension " + e.name()));
        }
        for (Sequence q : sequences(schema)) {
            out.add(new ScriptStatement(SequenceRenderer.create(q), "sequence " + q.name()));
        }
    }

    /** The schema's sequences of their own, then those its serial-like columns own. */
    private static List<Sequence> sequences(Schema schema) {
        Map<QualifiedName, Sequence> all = new LinkedHashMap<>();
        schema.sequences().forEach(q -> all.put(q.name(), q));
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                Sequence q = ColumnSequences.of(t.name(), c);
                if (q != null) {
                    all.putIfAbsent(q.name(), q);
                }
            }
        }
        return List.copyOf(all.values());
    }

    private static void comments(Schema schema, List<ScriptStatement> out, Origins origins) {
        for (Routine r : schema.routines()) {
            if (r.comment() != null) {
                out.add(new ScriptStatement(RoutineRenderer.commentOn(r, r.comment()),
                        (r.procedure() ? "procedure " : "function ") + r.signature()));
            }
        }
        for (Extension e : schema.extensions()) {
            if (e.comment() != null) {
                out.add(new ScriptStatement(ExtensionRenderer.comment(e.name(), e.comment()), "extension " + e.name()));
            }
        }
        for (Sequence q : schema.sequences()) {
            if (q.comment() != null) {
                out.add(new ScriptStatement(SequenceRenderer.comment(q.name(), q.comment()), "sequence " + q.name()));
            }
        }
        for (EnumType e : schema.enums()) {
            if (e.comment() != null) {
                out.add(new ScriptStatement("COMMENT ON TYPE " + Sql.name(e.name()) + " IS " + Sql.literal(e.comment()), "enum " + e.name()));
            }
        }
        for (Table t : schema.tables()) {
            if (t.comment() != null) {
                out.add(new ScriptStatement("COMMENT ON TABLE " + Sql.name(t.name()) + " IS " + Sql.literal(t.comment()),
                        tableOrigin(t.name(), origins)));
            }
            for (Column c : t.columns()) {
                if (c.comment() != null) {
                    out.add(new ScriptStatement(Sql.commentOnColumn(t.name(), c.name(), c.comment()),
                            columnOrigin(t.name(), c.name(), origins)));
                }
            }
            for (Index i : t.indexes()) {
                if (i.comment() != null) {
                    out.add(new ScriptStatement(ConstraintRenderer.commentOnIndex(t.name(), i.name(), i.comment()),
                            tableOrigin(t.name(), origins) + " @Index(name = \"" + i.name() + "\", comment = …)"));
                }
            }
        }
    }

    private static String tableOrigin(QualifiedName table, Origins origins) {
        return origins.table(table).map(Origins.Origin::javaName).orElse("table " + table);
    }

    private static String columnOrigin(QualifiedName table, String column, Origins origins) {
        return origins.column(table, column).map(Origins.Origin::javaName).orElse("column " + table + "." + column);
    }
}
