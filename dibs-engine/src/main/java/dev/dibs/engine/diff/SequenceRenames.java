package dev.dibs.engine.diff;

import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.View;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How a schema reads after {@code ALTER SEQUENCE from RENAME TO to}. PostgreSQL stores a sequence
 * named in an expression as a {@code regclass} constant, its oid, wherever it parsed one — column
 * defaults and generated expressions, checks, index expressions, domains, views, trigger conditions,
 * policies, SQL-standard routine bodies and argument defaults — and prints the new name there from
 * then on ({@link SequenceCalls#renamed}, through {@link SchemaTexts}). A body kept as a string
 * names it by text, which PostgreSQL leaves as it was.
 */
public final class SequenceRenames {

    private SequenceRenames() {
    }

    /** The rewrite of one text: each {@code regclass} constant naming {@code from} names {@code to}. */
    public static UnaryOperator<String> texts(QualifiedName from, QualifiedName to) {
        return text -> SequenceCalls.renamed(text, from, to);
    }

    /**
     * A routine's dependency ({@code Routine.dependsOn}'s words, names as they are): a routine that
     * names the sequence in a parsed body or argument default depends on it as a relation.
     */
    public static UnaryOperator<String> dependencies(QualifiedName from, QualifiedName to) {
        String old = "table " + from;
        String now = "table " + to;
        return entry -> entry.equals(old) ? now : entry;
    }

    /** {@code schema} after sequence {@code from} was renamed to {@code to}: the sequence itself and every text naming it. */
    public static Schema renamed(Schema schema, QualifiedName from, QualifiedName to) {
        UnaryOperator<String> f = texts(from, to);
        UnaryOperator<String> signatures = UnaryOperator.identity();
        return schema
                .withSequences(schema.sequences().stream().map(q -> q.name().equals(from) ? q.withName(to) : q).toList())
                .withRoutines(schema.routines().stream().map(r -> SchemaTexts.in(r, f, dependencies(from, to))).toList())
                .withDomains(schema.domains().stream().map(d -> SchemaTexts.in(d, f)).toList())
                .withTables(schema.tables().stream().map(t -> SchemaTexts.in(t, f)).toList())
                .withViews(schema.views().stream().map(v -> renamedIn(SchemaTexts.in(v, f, signatures), from, to)).toList())
                .withMaterializedViews(schema.materializedViews().stream()
                        .map(v -> renamedIn(SchemaTexts.in(v, f, signatures), from, to)).toList())
                .withTriggers(schema.triggers().stream().map(t -> SchemaTexts.in(t, f, signatures)).toList())
                .withPolicies(schema.policies().stream().map(p -> renamedIn(p, from, to)).toList());
    }

    /** A view reading the sequence ({@code currval}, {@code nextval}) lists it among the relations it reads, under its new name. */
    public static View renamedIn(View v, QualifiedName from, QualifiedName to) {
        return !v.relations().contains(from) ? v
                : new View(v.name(), v.definition(), v.columns(), v.options(), relations(v.relations(), from, to), v.uses(), v.comment(),
                        v.functions());
    }

    public static MaterializedView renamedIn(MaterializedView v, QualifiedName from, QualifiedName to) {
        return !v.relations().contains(from) ? v
                : new MaterializedView(v.name(), v.definition(), v.columns(), v.withData(), v.indexes(), v.options(),
                        relations(v.relations(), from, to), v.uses(), v.comment(), v.functions());
    }

    /** Its expressions naming the sequence, and the relations it reads (the sequence among them), under the new name. */
    public static Policy renamedIn(Policy p, QualifiedName from, QualifiedName to) {
        Policy t = SchemaTexts.in(p, texts(from, to));
        return !t.relations().contains(from) ? t
                : new Policy(t.table(), t.name(), t.permissive(), t.command(), t.roles(), t.using(), t.withCheck(), t.comment(),
                        t.columns(), relations(t.relations(), from, to), t.uses());
    }

    private static List<QualifiedName> relations(List<QualifiedName> relations, QualifiedName from, QualifiedName to) {
        return relations.stream().map(r -> r.equals(from) ? to : r).sorted().toList();
    }
}
