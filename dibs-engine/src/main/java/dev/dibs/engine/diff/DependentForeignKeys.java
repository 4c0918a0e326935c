package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AddPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.AddUnique;
import dev.dibs.engine.diff.SchemaChange.DropForeignKey;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.DropPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.DropUnique;
import dev.dibs.engine.diff.SchemaChange.RenameConstraint;
import dev.dibs.engine.diff.SchemaChange.ValidateConstraint;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Foreign keys dropped and added back around a key they are bound to ({@link KeyBindings}). When
 * the plan drops a primary key, unique constraint or unique index — to replace a unique by a primary
 * key or the other way, because its columns or another aspect change, or for good — each foreign key
 * bound to it that would otherwise stay as it is (or only be renamed or validated) is dropped before
 * and added back after, under its desired name and definition; the solver adds it back once a key it
 * can use exists. Foreign keys bound to another key on the same columns are left alone.
 */
final class DependentForeignKeys {

    private DependentForeignKeys() {
    }

    /** A key or unique index the plan drops, and how reasons name it. */
    private record Dropped(QualifiedName table, String name, String kind) {
    }

    /**
     * Appends to {@code changes} the re-creation of each foreign key of {@code current} (renamed
     * as the plan renames) bound to a key that {@code changes} drop, and takes out the renames and
     * validations of those keys that the re-creation does instead.
     */
    static void add(Schema current, Schema desired, List<SchemaChange> changes) {
        List<Dropped> dropped = new ArrayList<>();
        Set<String> readded = new HashSet<>();
        Set<String> droppedKeys = new HashSet<>();
        for (SchemaChange c : changes) {
            if (c instanceof DropPrimaryKey d) {
                dropped.add(new Dropped(d.table(), d.key().name(), "primary key"));
            } else if (c instanceof DropUnique d) {
                dropped.add(new Dropped(d.table(), d.unique().name(), "unique"));
            } else if (c instanceof DropIndex d && d.index().unique()) {
                dropped.add(new Dropped(d.table(), d.index().name(), "unique index"));
            } else if (c instanceof AddPrimaryKey a) {
                readded.add(a.table() + "." + a.key().name());
            } else if (c instanceof AddUnique a) {
                readded.add(a.table() + "." + a.unique().name());
            } else if (c instanceof AddIndex a) {
                readded.add(a.table() + "." + a.index().name());
            } else if (c instanceof DropForeignKey d) {
                droppedKeys.add(d.table() + "." + d.key().name());
            }
        }
        if (dropped.isEmpty()) {
            return;
        }
        Map<QualifiedName, Table> currentTables = byName(current);
        Map<QualifiedName, Table> desiredTables = byName(desired);
        for (Table t : current.tables()) {
            Table wanted = desiredTables.get(t.name());
            if (wanted == null) {
                continue; // a dropped table: its foreign keys are dropped with it
            }
            for (ForeignKey fk : t.foreignKeys()) {
                if (droppedKeys.contains(t.name() + "." + fk.name())) {
                    continue; // dropped anyway: added back only if it is wanted, after the keys it needs
                }
                Table referenced = currentTables.get(fk.referencedTable());
                Optional<Dropped> under = referenced == null ? Optional.empty() : dropped.stream()
                        .filter(d -> d.table().equals(referenced.name()) && KeyBindings.boundTo(fk, referenced, d.name()))
                        .findFirst();
                if (under.isPresent()) {
                    recreate(t, wanted, fk, under.get(), readded.contains(under.get().table() + "." + under.get().name()), changes);
                }
            }
        }
    }

    private static void recreate(Table t, Table wanted, ForeignKey fk, Dropped under, boolean readded, List<SchemaChange> changes) {
        String name = fk.name();
        Optional<RenameConstraint> rename = changes.stream().filter(RenameConstraint.class::isInstance).map(RenameConstraint.class::cast)
                .filter(r -> r.table().equals(t.name()) && r.from().equals(fk.name())).findFirst();
        if (rename.isPresent()) {
            changes.remove(rename.get()); // added back under the new name instead
            name = rename.get().to();
        }
        String desiredName = name;
        ForeignKey desiredKey = wanted.foreignKey(desiredName).orElseThrow(() -> new IllegalStateException(
                "dibs bug: foreign key " + t.name() + "." + fk.name() + " is neither dropped nor in the desired schema"));
        // the key is added back in its desired state: validated there if it should be
        changes.removeIf(c -> c instanceof ValidateConstraint v && v.table().equals(t.name()) && v.name().equals(desiredName));
        String reason = "it depends on " + under.kind() + " " + under.name() + " of " + under.table() + ", which the plan "
                + (readded ? "re-creates" : "drops");
        changes.add(new DropForeignKey(t.name(), fk, reason));
        changes.add(new AddForeignKey(t.name(), desiredKey, reason));
    }

    private static Map<QualifiedName, Table> byName(Schema schema) {
        Map<QualifiedName, Table> tables = new HashMap<>();
        schema.tables().forEach(t -> tables.put(t.name(), t));
        return tables;
    }
}
