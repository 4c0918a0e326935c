package dev.dibs.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.testing.RandomRecords;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * diff.json writes a table by hand ({@link TableJson}): the text must be what the walk over its
 * record components writes, for tables of every field, and the random tables must reach every
 * component of every record a table holds (or the equality would prove less than it says).
 */
class TableJsonTest {

    private static final JsonFactory FACTORY = new JsonFactory();

    private interface Writer {
        void write(JsonGenerator g, Table t) throws IOException;
    }

    private static String written(Table t, Writer writer) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writer.write(g, t);
        }
        return out.toString();
    }

    @Test
    void randomTablesAreWrittenAsTheWalkOverTheirComponentsWritesThem() throws IOException {
        RandomRecords draw = new RandomRecords(20261202L);
        Set<String> pathsSeen = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 3000; i++) {
            Table t = draw.of(Table.class);
            String walked = written(t, DiffJson::record);
            assertThat(written(t, TableJson::table)).as("table %d: %s", i, t).isEqualTo(walked);
            collectPaths(json.readTree(walked), "", pathsSeen);
        }
        assertThat(pathsSeen).as("every component of every record a table holds, by its path from the table, written at least once")
                .containsAll(componentPaths(Table.class, ""));
    }

    @Test
    void aPrimaryKeyOfDefaultsOnlyIsLeftOutAsTheWalkLeavesItOut() throws IOException {
        Table t = new Table(new QualifiedName("public", "t"), List.of(), new PrimaryKey(null, List.of()), List.of(), List.of(),
                List.of(), List.of(), null);

        assertThat(written(t, TableJson::table)).isEqualTo("{\"name\":{\"schema\":\"public\",\"name\":\"t\"}}")
                .isEqualTo(written(t, DiffJson::record));
    }

    @Test
    void aTableWithDefaultsOnlyIsItsNameAndColumns() throws IOException {
        Table t = new Table(new QualifiedName("public", "t"), List.of(new Column("id", PgType.builtin("bigint"), false, null, Identity.NONE, null, null)),
                null, List.of(), List.of(), List.of(), List.of(), null);

        assertThat(written(t, TableJson::table)).isEqualTo(
                "{\"name\":{\"schema\":\"public\",\"name\":\"t\"},\"columns\":[{\"name\":\"id\",\"type\":\"bigint\"}]}");
        assertThat(written(t, DiffJson::record)).isEqualTo(written(t, TableJson::table));
    }

    /**
     * The paths of a record's components ({@code foreignKeys.referencedTable.schema}), into the
     * records and the lists of records they hold: a type's SQL text and the key's bound index are
     * not records in the file.
     */
    private static Set<String> componentPaths(Class<?> record, String prefix) {
        Set<String> paths = new TreeSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (record == ForeignKey.class && c.getName().equals("referencedIndex")) {
                continue; // never written: the index PostgreSQL happened to bind the key to
            }
            String path = prefix + c.getName();
            paths.add(path);
            Class<?> held = c.getGenericType() instanceof ParameterizedType p && p.getRawType() == List.class
                    ? (Class<?>) p.getActualTypeArguments()[0] : c.getType();
            if (held.isRecord() && held != PgType.class) {
                paths.addAll(componentPaths(held, path + "."));
            }
        }
        return paths;
    }

    /** The paths of the fields of {@code node}, the elements of a list under the list's own path. */
    private static void collectPaths(JsonNode node, String prefix, Set<String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                into.add(prefix + e.getKey());
                collectPaths(e.getValue(), prefix + e.getKey() + ".", into);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectPaths(n, prefix, into));
        }
    }
}
