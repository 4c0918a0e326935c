package dev.dibs.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.TableOptions;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.testing.RandomRecords;
import java.io.IOException;
import java.io.StringWriter;
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

    /** The records a table is made of: a component added to one is drawn at random, and must be written. */
    private static final List<Class<? extends Record>> PARTS = List.of(Table.class, QualifiedName.class, Column.class,
            PrimaryKey.class, UniqueConstraint.class, ForeignKey.class, Check.class, Index.class, IndexKey.class, Exclusion.class,
            TableOptions.class, Partition.class);

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
        Set<String> fieldsSeen = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 3000; i++) {
            Table t = draw.of(Table.class);
            String walked = written(t, DiffJson::record);
            assertThat(written(t, TableJson::table)).as("table %d: %s", i, t).isEqualTo(walked);
            collectFields(json.readTree(walked), fieldsSeen);
        }
        Set<String> components = new TreeSet<>();
        for (Class<? extends Record> part : PARTS) {
            for (RecordComponent c : part.getRecordComponents()) {
                components.add(c.getName());
            }
        }
        components.remove("referencedIndex"); // never written: the index PostgreSQL happened to bind a key to
        assertThat(fieldsSeen).as("every component of a table's records was written at least once")
                .containsAll(components);
    }

    @Test
    void aTableWithDefaultsOnlyIsItsNameAndColumns() throws IOException {
        Table t = new Table(new QualifiedName("public", "t"), List.of(new Column("id", PgType.builtin("bigint"), false, null, Identity.NONE, null, null)),
                null, List.of(), List.of(), List.of(), List.of(), null);

        assertThat(written(t, TableJson::table)).isEqualTo(
                "{\"name\":{\"schema\":\"public\",\"name\":\"t\"},\"columns\":[{\"name\":\"id\",\"type\":\"bigint\"}]}");
        assertThat(written(t, DiffJson::record)).isEqualTo(written(t, TableJson::table));
    }

    private static void collectFields(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                into.add(e.getKey());
                collectFields(e.getValue(), into);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectFields(n, into));
        }
    }
}
