package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddEnumValue;
import dev.dibs.engine.diff.SchemaChange.ColumnRef;
import dev.dibs.engine.diff.SchemaChange.CreateEnum;
import dev.dibs.engine.diff.SchemaChange.DropEnum;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.diff.SchemaChange.RenameEnumValue;
import dev.dibs.engine.diff.SchemaChange.SetEnumComment;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Enum types: created, dropped, labels renamed ({@code @RenamedFrom} only), added in place at
 * their position, or — when labels were removed or reordered, which Postgres cannot do in place
 * — the type re-created and its columns converted.
 */
final class EnumDiffer {

    private EnumDiffer() {
    }

    static void diff(Schema current, Schema desired, RenameHints hints, List<SchemaChange> out) {
        var matched = Matching.byKey(current.enums(), desired.enums(), EnumType::name);
        matched.onlyCurrent().forEach(e -> out.add(new DropEnum(e)));
        matched.onlyDesired().forEach(e -> out.add(new CreateEnum(e)));
        for (var pair : matched.pairs()) {
            EnumType from = pair.current();
            EnumType to = pair.desired();
            List<String> labels = new ArrayList<>(from.labels());
            Map<String, String> renamedFrom = new HashMap<>();
            for (String label : to.labels()) {
                var old = hints.enumLabelFrom(to.name(), label);
                if (old.isPresent() && labels.contains(old.get()) && !labels.contains(label) && !to.labels().contains(old.get())) {
                    out.add(new RenameEnumValue(to.name(), old.get(), label));
                    labels.set(labels.indexOf(old.get()), label);
                    renamedFrom.put(label, old.get());
                }
            }
            if (isInOrderSubsequence(labels, to.labels())) {
                addMissing(to, labels, renamedFrom, out);
            } else {
                out.add(new RecreateEnum(new EnumType(from.name(), labels, from.comment()), to, columnsUsing(current, desired, to.name())));
            }
            if (!Objects.equals(from.comment(), to.comment())) {
                out.add(new SetEnumComment(to.name(), to.comment()));
            }
        }
    }

    private static boolean isInOrderSubsequence(List<String> existing, List<String> wanted) {
        int at = 0;
        for (String label : existing) {
            int found = wanted.subList(at, wanted.size()).indexOf(label);
            if (found < 0) {
                return false;
            }
            at += found + 1;
        }
        return true;
    }

    /**
     * New labels go before the next existing label, or after the last one, named as the type has it
     * when they are added: {@code ADD VALUE} is committed before the plan's transaction, so before a
     * label the plan renames ({@code renamedFrom}: new name to old) has its new name.
     */
    private static void addMissing(EnumType to, List<String> existing, Map<String, String> renamedFrom, List<SchemaChange> out) {
        List<String> present = new ArrayList<>(existing);
        List<String> wanted = to.labels();
        for (int i = 0; i < wanted.size(); i++) {
            String label = wanted.get(i);
            if (present.contains(label)) {
                continue;
            }
            String before = null;
            for (int j = i + 1; j < wanted.size() && before == null; j++) {
                if (present.contains(wanted.get(j))) {
                    before = wanted.get(j);
                }
            }
            String after = before == null && i > 0 ? wanted.get(i - 1) : null;
            out.add(new AddEnumValue(to.name(), label, before == null ? null : renamedFrom.getOrDefault(before, before),
                    after == null ? null : renamedFrom.getOrDefault(after, after)));
            present.add(label);
        }
    }

    /**
     * The columns the re-created type converts: those that keep it (or an array of it). A column the
     * plan drops, with its table or alone, or retypes to another type goes before the type is created
     * again instead: converting it first would be work thrown away, fails on rows holding a removed
     * label, and cannot be done at all to a partition key's column. (The simulation holds the
     * re-creation back until no other column has the type.)
     */
    private static List<ColumnRef> columnsUsing(Schema current, Schema desired, QualifiedName type) {
        List<ColumnRef> refs = new ArrayList<>();
        for (Table t : current.tables()) {
            for (Column c : t.columns()) {
                if (!isOf(c, type)) {
                    continue;
                }
                Column kept = desired.table(t.name()).flatMap(d -> d.column(c.name()))
                        .filter(d -> isOf(d, type) || overEnum(d.type(), type, desired)).orElse(null);
                if (kept != null) {
                    // Set the default again only where the column keeps this type exactly; otherwise the
                    // column's own change sets its new default after its new type.
                    String restore = kept.type().equals(c.type()) ? kept.defaultExpression() : null;
                    refs.add(new ColumnRef(t.name(), c.name(), c.type().array(), c.defaultExpression() != null, restore));
                }
            }
        }
        // an inheritance child's copy is converted with its parent's, which it keeps (PostgreSQL refuses to
        // retype it alone): carried, no statement of its own, but what reads it makes way as for any other
        java.util.Set<String> converted = new java.util.HashSet<>();
        refs.forEach(r -> converted.add(r.table() + "." + r.column()));
        refs.replaceAll(r -> {
            Table child = current.table(r.table()).orElse(null);
            Table wanted = desired.table(r.table()).orElse(null);
            boolean carried = child != null && wanted != null && InheritanceDiffer.kept(child, wanted).stream()
                    .anyMatch(p -> converted.contains(p + "." + r.column()));
            return carried ? new ColumnRef(r.table(), r.column(), r.array(), r.hadDefault(), r.defaultAfter(), true) : r;
        });
        return refs;
    }

    /**
     * Whether {@code columnType} is a domain of the desired state over the enum {@code type} (through
     * other domains too): a column moving to it is converted to the new enum, then to the domain, which
     * can only be created over the new enum.
     */
    static boolean overEnum(dev.dibs.engine.model.PgType columnType, QualifiedName type, Schema desired) {
        dev.dibs.engine.model.PgType under = underDomains(columnType, desired);
        return under != null && under != columnType && !under.isBuiltin() && !under.array()
                && Objects.equals(under.schema(), type.schema()) && under.name().equals(type.name());
    }

    /**
     * The type beneath {@code type}'s chain of domains of the desired state: {@code type} itself when it
     * is no such domain, the first built-in, array or other type the chain reaches otherwise; null for
     * a chain that loops.
     */
    static dev.dibs.engine.model.PgType underDomains(dev.dibs.engine.model.PgType type, Schema desired) {
        dev.dibs.engine.model.PgType at = type;
        for (int hops = 0; hops <= desired.domains().size(); hops++) {
            if (at.isBuiltin() || at.array()) {
                return at;
            }
            QualifiedName name = new QualifiedName(at.schema(), at.name());
            var domain = desired.domains().stream().filter(d -> d.name().equals(name)).findFirst();
            if (domain.isEmpty()) {
                return at;
            }
            at = dev.dibs.engine.model.PgType.parse(domain.get().baseType());
        }
        return null;
    }

    private static boolean isOf(Column c, QualifiedName type) {
        return Objects.equals(c.type().schema(), type.schema()) && c.type().name().equals(type.name());
    }
}
