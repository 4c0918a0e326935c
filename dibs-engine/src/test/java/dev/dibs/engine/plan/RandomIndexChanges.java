package dev.dibs.engine.plan;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A schema's tables with their indexes changed in place, for the step of the server property that
 * plans between a schema and itself so changed: an index given another key column under its own
 * name (a replacement), a unique constraint added on an existing column (now and then deferrable).
 * What a plan with concurrent builds builds before its transaction, under a temporary name.
 */
final class RandomIndexChanges {

    /** Column types a btree index and a unique constraint take. */
    private static final Set<String> KEYABLE = Set.of("integer", "bigint", "smallint", "text", "date", "uuid", "numeric", "boolean");

    private RandomIndexChanges() {
    }

    static Schema draw(Schema schema, long seed) {
        Random random = new Random(seed);
        List<Table> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            Table changed = t;
            // a partitioned table's unique key must hold its partition key: left alone
            boolean partitioned = t.options().partitionBy() != null;
            List<Column> keyable = t.columns().stream().filter(RandomIndexChanges::keyable).toList();
            if (!keyable.isEmpty() && !t.indexes().isEmpty() && random.nextInt(2) == 0) {
                changed = changed.withIndexes(replaceOne(t.indexes(), keyable, partitioned, random));
            }
            // a column no key holds alone already (a second key on the same columns is the same constraint to PostgreSQL's eyes)
            Table before = changed;
            List<Column> notNull = keyable.stream().filter(c -> !c.nullable() && !before.hasKeyOn(List.of(c.name()))).toList();
            if (!notNull.isEmpty() && !partitioned && random.nextInt(3) == 0) {
                Column c = notNull.get(random.nextInt(notNull.size()));
                List<UniqueConstraint> uniques = new ArrayList<>(changed.uniques());
                uniques.add(new UniqueConstraint("pu_" + Integer.toHexString(random.nextInt(0x1000000)), List.of(c.name()), false,
                        List.of(), List.of(), random.nextInt(4) == 0 ? Deferrability.INITIALLY_DEFERRED : Deferrability.NOT_DEFERRABLE));
                changed = changed.withUniques(uniques);
            }
            tables.add(changed);
        }
        return schema.withTables(tables);
    }

    /** The indexes, one of those on columns only given another key column (or one fewer), under its name. */
    private static List<Index> replaceOne(List<Index> indexes, List<Column> keyable, boolean partitioned, Random random) {
        List<Index> out = new ArrayList<>(indexes);
        int at = random.nextInt(indexes.size());
        Index i = indexes.get(at);
        if (!i.method().equals("btree") || i.keys().stream().anyMatch(IndexKey::isExpression) || partitioned && i.unique()) {
            return out;
        }
        List<IndexKey> keys = new ArrayList<>(i.keys());
        List<Column> more = keyable.stream().filter(c -> keys.stream().noneMatch(k -> c.name().equals(k.column()))
                && !i.include().contains(c.name())).toList();
        if (!more.isEmpty()) {
            keys.add(IndexKey.column(more.get(random.nextInt(more.size())).name()));
        } else if (keys.size() > 1) {
            keys.remove(keys.size() - 1);
        } else {
            return out;
        }
        out.set(at, i.withColumns(keys, i.include()));
        return out;
    }

    private static boolean keyable(Column c) {
        String type = c.type().sql();
        return !c.isGenerated() && !c.type().array() && (KEYABLE.contains(type) || type.startsWith("character varying"));
    }
}
