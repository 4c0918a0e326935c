package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Spots drops and adds that look like renames: a column dropped and one added in the same table
 * with the same type and a similar name, or a table dropped and one added with mostly the same
 * columns. Only suggested: applying a guess could lose data.
 */
final class RenameSuggester {

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    private static final double SIMILAR_NAME = 0.7;
    private static final double SHARED_COLUMNS = 0.6;

    private RenameSuggester() {
    }

    static List<RenameSuggestion> suggest(List<Table> droppedTables, List<Table> addedTables, List<SchemaChange> changes) {
        List<RenameSuggestion> out = new ArrayList<>();
        for (Table added : addedTables) {
            for (Table dropped : droppedTables) {
                if (dropped.name().schema().equals(added.name().schema()) && sharedColumns(dropped, added) >= SHARED_COLUMNS) {
                    out.add(new RenameSuggestion("table", dropped.name().toString(), added.name().toString(),
                            "add @RenamedFrom(\"" + dropped.name().name() + "\") to the class of " + added.name()
                                    + " to rename the table and keep its rows"));
                }
            }
        }
        // a column dropped and added back under its name (a generated one re-created) is no rename's either side
        Set<String> readded = new java.util.HashSet<>();
        changes.stream().filter(AddColumn.class::isInstance).map(AddColumn.class::cast)
                .forEach(a -> readded.add(a.table() + "." + a.column().name()));
        List<DropColumn> drops = changes.stream().filter(DropColumn.class::isInstance).map(DropColumn.class::cast)
                .filter(d -> !readded.contains(d.table() + "." + d.column().name())).toList();
        Set<String> redropped = new java.util.HashSet<>();
        changes.stream().filter(DropColumn.class::isInstance).map(DropColumn.class::cast)
                .forEach(d -> redropped.add(d.table() + "." + d.column().name()));
        for (SchemaChange change : changes) {
            if (!(change instanceof AddColumn add) || redropped.contains(add.table() + "." + add.column().name())) {
                continue;
            }
            for (DropColumn drop : drops) {
                Column from = drop.column();
                Column to = add.column();
                if (drop.table().equals(add.table()) && !from.name().equals(to.name()) && from.type().equals(to.type())
                        && SIMILARITY.apply(from.name().toLowerCase(Locale.ROOT), to.name().toLowerCase(Locale.ROOT)) >= SIMILAR_NAME) {
                    out.add(new RenameSuggestion("column", add.table() + "." + from.name(), add.table() + "." + to.name(),
                            "add @RenamedFrom(\"" + from.name() + "\") to the member of column " + to.name()
                                    + " to rename it and keep its data"));
                }
            }
        }
        return out;
    }

    private static double sharedColumns(Table a, Table b) {
        Set<String> left = a.columns().stream().map(c -> c.name() + " " + c.type().sql()).collect(Collectors.toSet());
        Set<String> right = b.columns().stream().map(c -> c.name() + " " + c.type().sql()).collect(Collectors.toSet());
        long shared = left.stream().filter(right::contains).count();
        return (double) shared / Math.max(left.size(), right.size());
    }
}
