package dev.dibs.engine.diff;

import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Which key of a referenced table a foreign key is bound to. PostgreSQL binds a foreign key, when
 * it creates it, to one unique index of the referenced table whose key columns are the referenced
 * columns (the first it finds: {@code pg_constraint.conindid}), and refuses to drop that index, or the
 * primary key or unique constraint it backs, while the key exists — even when another key on the same
 * columns exists or is being added. The differ uses this to re-create the foreign keys a dropped key
 * takes with it; the solver to refuse dropping a key still bound.
 */
public final class KeyBindings {

    private KeyBindings() {
    }

    /**
     * The names of the keys of {@code referenced} (its primary key, unique constraints, unique
     * indexes) that a foreign key on {@code columns} may be bound to, by {@link Table#hasKeyOn}'s rule.
     */
    public static List<String> candidates(Table referenced, List<String> columns) {
        List<String> names = new ArrayList<>();
        Table bare = referenced.withPrimaryKey(null).withUniques(List.of()).withIndexes(List.of());
        if (referenced.primaryKey() != null && bare.withPrimaryKey(referenced.primaryKey()).hasKeyOn(columns)) {
            names.add(referenced.primaryKey().name());
        }
        referenced.uniques().stream().filter(u -> bare.withUniques(List.of(u)).hasKeyOn(columns)).forEach(u -> names.add(u.name()));
        referenced.indexes().stream().filter(i -> bare.withIndexes(List.of(i)).hasKeyOn(columns)).forEach(i -> names.add(i.name()));
        return names;
    }

    /**
     * Whether {@code fk} may be bound to the key or index {@code keyName} of {@code referenced}: it
     * is if the catalog says so; where that is not known (a key from Java), if that key is one of the
     * candidates, since PostgreSQL may have chosen it.
     */
    public static boolean boundTo(ForeignKey fk, Table referenced, String keyName) {
        if (!fk.referencedTable().equals(referenced.name())) {
            return false;
        }
        return fk.referencedIndex() != null ? fk.referencedIndex().equals(keyName)
                : candidates(referenced, fk.referencedColumns()).contains(keyName);
    }

    /** The index a key just created on {@code referenced} is bound to: the one candidate, or null if there are several. */
    public static String bindingOf(ForeignKey fk, Table referenced) {
        List<String> candidates = candidates(referenced, fk.referencedColumns());
        return candidates.size() == 1 ? candidates.get(0) : null;
    }
}
