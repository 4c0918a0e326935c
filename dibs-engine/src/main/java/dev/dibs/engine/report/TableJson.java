package dev.dibs.engine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.ReferentialAction;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.TableOptions;
import dev.dibs.engine.model.UniqueConstraint;
import java.io.IOException;
import java.util.List;

/**
 * A table's definition in {@code diff.json}, written field by field: the very text {@link DiffJson}'s
 * walk over record components writes, with its rules for what is left out ({@link DiffJson#DEFAULTS},
 * null, false, empty), which a test holds equal on random tables of every field. A table is most
 * of a large plan's file (a thousand dropped tables): in the one fresh JVM a goal runs in, the walk's
 * method handles (a hundred classes spun, one chain per component) and their compilation cost more
 * than the writing, which here is plain calls.
 */
final class TableJson {

    private TableJson() {
    }

    static void table(JsonGenerator g, Table t) throws IOException {
        g.writeStartObject();
        name(g, "name", t.name());
        if (!t.columns().isEmpty()) {
            g.writeArrayFieldStart("columns");
            for (Column c : t.columns()) {
                column(g, c);
            }
            g.writeEndArray();
        }
        if (t.primaryKey() != null && !omitted(t.primaryKey())) {
            g.writeFieldName("primaryKey");
            primaryKey(g, t.primaryKey());
        }
        if (!t.uniques().isEmpty()) {
            g.writeArrayFieldStart("uniques");
            for (UniqueConstraint u : t.uniques()) {
                unique(g, u);
            }
            g.writeEndArray();
        }
        if (!t.foreignKeys().isEmpty()) {
            g.writeArrayFieldStart("foreignKeys");
            for (ForeignKey f : t.foreignKeys()) {
                foreignKey(g, f);
            }
            g.writeEndArray();
        }
        if (!t.checks().isEmpty()) {
            g.writeArrayFieldStart("checks");
            for (Check c : t.checks()) {
                check(g, c);
            }
            g.writeEndArray();
        }
        if (!t.indexes().isEmpty()) {
            g.writeArrayFieldStart("indexes");
            for (Index i : t.indexes()) {
                index(g, i);
            }
            g.writeEndArray();
        }
        string(g, "comment", t.comment());
        if (!t.exclusions().isEmpty()) {
            g.writeArrayFieldStart("exclusions");
            for (Exclusion e : t.exclusions()) {
                g.writeStartObject();
                string(g, "name", e.name());
                string(g, "definition", e.definition());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (t.options() != null && !omitted(t.options())) {
            g.writeFieldName("options");
            options(g, t.options());
        }
        g.writeEndObject();
    }

    private static void name(JsonGenerator g, String field, QualifiedName n) throws IOException {
        if (n == null || n.schema() == null && n.name() == null) {
            return;
        }
        g.writeObjectFieldStart(field);
        string(g, "schema", n.schema());
        string(g, "name", n.name());
        g.writeEndObject();
    }

    private static void column(JsonGenerator g, Column c) throws IOException {
        g.writeStartObject();
        string(g, "name", c.name());
        if (c.type() != null) {
            g.writeStringField("type", c.type().sql());
        }
        flag(g, "nullable", c.nullable());
        string(g, "defaultExpression", c.defaultExpression());
        if (c.identity() != Identity.NONE) {
            enumField(g, "identity", c.identity());
        }
        string(g, "generatedExpression", c.generatedExpression());
        string(g, "comment", c.comment());
        flag(g, "virtual", c.virtual());
        string(g, "sequence", c.sequence());
        if (c.statistics() != null) {
            g.writeNumberField("statistics", c.statistics());
        }
        name(g, "collation", c.collation());
        g.writeEndObject();
    }

    private static void primaryKey(JsonGenerator g, PrimaryKey k) throws IOException {
        g.writeStartObject();
        string(g, "name", k.name());
        strings(g, "columns", k.columns());
        strings(g, "include", k.include());
        strings(g, "options", k.options());
        deferrability(g, k.deferrability());
        g.writeEndObject();
    }

    private static boolean omitted(PrimaryKey k) {
        return k.name() == null && k.columns().isEmpty() && k.include().isEmpty() && k.options().isEmpty()
                && k.deferrability() == Deferrability.NOT_DEFERRABLE;
    }

    private static void unique(JsonGenerator g, UniqueConstraint u) throws IOException {
        g.writeStartObject();
        string(g, "name", u.name());
        strings(g, "columns", u.columns());
        flag(g, "nullsNotDistinct", u.nullsNotDistinct());
        strings(g, "include", u.include());
        strings(g, "options", u.options());
        deferrability(g, u.deferrability());
        g.writeEndObject();
    }

    /** A foreign key; its {@code referencedIndex} is never written (see {@link DiffJson}). */
    private static void foreignKey(JsonGenerator g, ForeignKey f) throws IOException {
        g.writeStartObject();
        string(g, "name", f.name());
        strings(g, "columns", f.columns());
        name(g, "referencedTable", f.referencedTable());
        strings(g, "referencedColumns", f.referencedColumns());
        action(g, "onDelete", f.onDelete());
        action(g, "onUpdate", f.onUpdate());
        deferrability(g, f.deferrability());
        unlessTrue(g, "validated", f.validated());
        unlessTrue(g, "enforced", f.enforced());
        if (!f.onDeleteSet().isEmpty()) { // only where ON DELETE sets some of the key's columns (the record's last component)
            strings(g, "onDeleteSet", f.onDeleteSet());
        }
        g.writeEndObject();
    }

    private static void check(JsonGenerator g, Check c) throws IOException {
        g.writeStartObject();
        string(g, "name", c.name());
        string(g, "expression", c.expression());
        unlessTrue(g, "validated", c.validated());
        unlessTrue(g, "enforced", c.enforced());
        flag(g, "noInherit", c.noInherit());
        g.writeEndObject();
    }

    private static void index(JsonGenerator g, Index i) throws IOException {
        g.writeStartObject();
        string(g, "name", i.name());
        if (!i.keys().isEmpty()) {
            g.writeArrayFieldStart("keys");
            for (IndexKey k : i.keys()) {
                g.writeStartObject();
                string(g, "column", k.column());
                string(g, "expression", k.expression());
                flag(g, "descending", k.descending());
                flag(g, "nullsFirst", k.nullsFirst());
                string(g, "opclass", k.opclass());
                string(g, "collation", k.collation());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        flag(g, "unique", i.unique());
        string(g, "predicate", i.predicate());
        if (!"btree".equals(i.method())) {
            g.writeStringField("method", i.method());
        }
        strings(g, "include", i.include());
        flag(g, "nullsNotDistinct", i.nullsNotDistinct());
        strings(g, "options", i.options());
        string(g, "comment", i.comment());
        g.writeEndObject();
    }

    private static void options(JsonGenerator g, TableOptions o) throws IOException {
        g.writeStartObject();
        flag(g, "unlogged", o.unlogged());
        strings(g, "storage", o.storage());
        string(g, "partitionBy", o.partitionBy());
        if (!o.partitions().isEmpty()) {
            g.writeArrayFieldStart("partitions");
            for (Partition p : o.partitions()) {
                g.writeStartObject();
                string(g, "name", p.name());
                string(g, "bound", p.bound());
                string(g, "of", p.of());
                string(g, "partitionBy", p.partitionBy());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        flag(g, "rowSecurity", o.rowSecurity());
        flag(g, "forceRowSecurity", o.forceRowSecurity());
        if (!o.inherits().isEmpty()) {
            g.writeArrayFieldStart("inherits");
            for (QualifiedName p : o.inherits()) {
                g.writeStartObject();
                string(g, "schema", p.schema());
                string(g, "name", p.name());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static boolean omitted(TableOptions o) {
        return !o.unlogged() && o.storage().isEmpty() && o.partitionBy() == null && o.partitions().isEmpty() && !o.rowSecurity()
                && !o.forceRowSecurity() && o.inherits().isEmpty();
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void flag(JsonGenerator g, String field, boolean value) throws IOException {
        if (value) {
            g.writeBooleanField(field, true);
        }
    }

    /** A flag true unless it says otherwise ({@code validated}, {@code enforced}): written when false. */
    private static void unlessTrue(JsonGenerator g, String field, boolean value) throws IOException {
        if (!value) {
            g.writeBooleanField(field, false);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (String v : values) {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeString(v);
            }
        }
        g.writeEndArray();
    }

    private static void deferrability(JsonGenerator g, Deferrability d) throws IOException {
        if (d != Deferrability.NOT_DEFERRABLE) {
            enumField(g, "deferrability", d);
        }
    }

    private static void action(JsonGenerator g, String field, ReferentialAction a) throws IOException {
        if (a != ReferentialAction.NO_ACTION) {
            enumField(g, field, a);
        }
    }

    /** A field whose default is named in {@link DiffJson#DEFAULTS}: null is written as null, as the walk writes it. */
    private static void enumField(JsonGenerator g, String field, Enum<?> value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value.name());
        }
    }
}
