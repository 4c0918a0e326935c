package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bytes the canonical cache keeps: every kind dibs inspects reads back equal, and nothing else can be made from them. */
@WithPostgres
class RecordCodecTest {

    /** Something of every kind the inspection reads, managed or only noted. */
    private static final String EVERYTHING = """
            CREATE EXTENSION citext;
            CREATE TYPE status AS ENUM ('new', 'done');
            CREATE SEQUENCE invoice_numbers START 1000 CACHE 5 CYCLE;
            CREATE DOMAIN email AS citext CHECK (VALUE LIKE '%@%');
            CREATE TABLE customer (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, mail email NOT NULL UNIQUE,
                name text COLLATE "C" DEFAULT 'x', tags text[]);
            ALTER TABLE customer ADD CONSTRAINT short_name CHECK (length(name) < 100) NOT VALID;
            CREATE TABLE invoice (id bigint PRIMARY KEY, number bigint DEFAULT nextval('invoice_numbers'),
                customer bigint REFERENCES customer ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                status status NOT NULL DEFAULT 'new', total numeric(10,2), made timestamptz DEFAULT now(), note text,
                EXCLUDE USING btree (number WITH =)) WITH (fillfactor = 70);
            CREATE INDEX invoice_lower ON invoice (lower(note) text_pattern_ops DESC NULLS LAST) WHERE total > 0;
            CREATE UNIQUE INDEX invoice_cover ON invoice (customer) INCLUDE (total);
            CREATE TABLE event (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
            CREATE TABLE event_2026 PARTITION OF event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
                AS $$ BEGIN NEW.made := now(); RETURN NEW; END $$;
            CREATE TRIGGER invoice_touch BEFORE UPDATE ON invoice FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*)
                EXECUTE FUNCTION touch();
            CREATE VIEW open_invoices AS SELECT id, total FROM invoice WHERE status = 'new';
            CREATE MATERIALIZED VIEW totals AS SELECT customer, sum(total) AS total FROM invoice GROUP BY customer;
            ALTER TABLE invoice ENABLE ROW LEVEL SECURITY;
            CREATE POLICY own ON invoice FOR SELECT USING (customer = 1);
            CREATE RULE no_delete AS ON DELETE TO customer DO INSTEAD NOTHING;
            COMMENT ON TABLE invoice IS 'bills, with ''quotes'' and ünïcode';
            COMMENT ON COLUMN invoice.total IS 'euros';
            """;

    @Test
    void anInspectionOfEveryKindReadsBackEqualAndAsTheSameBytes(TestDatabase db) throws Exception {
        db.execute(EVERYTHING);
        Inspection inspection = Inspector.inspect(db.info(), List.of("public"));
        assertThat(inspection.schema().tables()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(inspection.schema().routines()).isNotEmpty();
        assertThat(inspection.notManaged()).isNotEmpty();

        byte[] bytes = RecordCodec.encode(inspection);
        Object back = RecordCodec.decode(bytes);

        assertThat(back).isEqualTo(inspection);
        assertThat(RecordCodec.encode(back)).isEqualTo(bytes);
    }

    @Test
    void equalSetsAndMapsAreEqualBytesWhateverTheirOrder() {
        Map<String, Integer> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Integer> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertThat(RecordCodec.encode(ab)).isEqualTo(RecordCodec.encode(ba));
        assertThat(RecordCodec.encode(new LinkedHashSet<>(List.of("x", "y"))))
                .isEqualTo(RecordCodec.encode(new LinkedHashSet<>(List.of("y", "x"))));
        assertThat(RecordCodec.encode(List.of("x", "y"))).isNotEqualTo(RecordCodec.encode(List.of("y", "x")));
    }

    @Test
    void writesNothingButDibsValues() {
        assertThatThrownBy(() -> RecordCodec.encode(List.of(new StringBuilder("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StringBuilder");
        assertThatThrownBy(() -> RecordCodec.encode(java.time.Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void makesNoClassOutsideDibsNorAnyThatIsNotARecordOrEnum() throws Exception {
        assertThatThrownBy(() -> RecordCodec.decode(recordNamed("java.lang.ProcessBuilder")))
                .isInstanceOf(IOException.class).hasMessageContaining("refused to make a java.lang.ProcessBuilder");
        assertThatThrownBy(() -> RecordCodec.decode(recordNamed("dev.dibs.engine.canonical.CanonicalCache")))
                .isInstanceOf(IOException.class).hasMessageContaining("neither a record nor an enum");
    }

    @Test
    void readsOnlyTheModelTheInspectionTheJavaSchemaAndTheCanonicalFormNotEveryDibsRecord() throws Exception {
        dev.dibs.engine.load.SqlDeclaration declared = new dev.dibs.engine.load.SqlDeclaration(
                dev.dibs.engine.load.SqlDeclaration.Kind.values()[0], "s", "CREATE SEQUENCE s", "dibs/a.sql", 1, "dibs/a.sql:1");
        assertThat(RecordCodec.decode(RecordCodec.encode(declared))).isEqualTo(declared);
        byte[] options = RecordCodec.encode(new dev.dibs.engine.plan.PlanOptions(true, false));
        assertThatThrownBy(() -> RecordCodec.decode(options)).isInstanceOf(IOException.class)
                .hasMessageContaining("refused to make a dev.dibs.engine.plan.PlanOptions");
        // of the loader's records, only the Java schema's own: its settings are written into keys, never read
        byte[] settings = RecordCodec.encode(dev.dibs.engine.load.jpa.JpaSettings.of("spring"));
        assertThatThrownBy(() -> RecordCodec.decode(settings)).isInstanceOf(IOException.class)
                .hasMessageContaining("refused to make a dev.dibs.engine.load.jpa.JpaSettings");
    }

    @Test
    void nestingDeeperThanAnyValueIsRefusedNotAStackOverflow() throws Exception {
        Object nested = "x";
        for (int i = 0; i < RecordCodec.MAX_DEPTH - 1; i++) {
            nested = List.of(nested);
        }
        assertThat(RecordCodec.decode(RecordCodec.encode(nested))).isEqualTo(nested);
        byte[] deeper = RecordCodec.encode(List.of(nested));
        assertThatThrownBy(() -> RecordCodec.decode(deeper)).isInstanceOf(IOException.class).hasMessageContaining("deeper");
        // a set's elements and a map's keys are read as values of their own: they count too
        byte[] inSets = RecordCodec.encode(nestedSets(RecordCodec.MAX_DEPTH + 1));
        assertThatThrownBy(() -> RecordCodec.decode(inSets)).isInstanceOf(IOException.class).hasMessageContaining("deeper");
    }

    private static Object nestedSets(int depth) {
        Object v = "x";
        for (int i = 1; i < depth; i++) {
            v = Set.of(v);
        }
        return v;
    }

    @Test
    void truncatedOrOversizedBytesAreRefusedWithoutAllocatingWhatTheySay() throws Exception {
        byte[] bytes = RecordCodec.encode(Set.of(new QualifiedName("public", "a"), new QualifiedName("public", "b")));
        for (int cut = 0; cut < bytes.length; cut++) {
            byte[] part = Arrays.copyOf(bytes, cut);
            assertThatThrownBy(() -> RecordCodec.decode(part)).isInstanceOf(IOException.class);
        }
        ByteArrayOutputStream huge = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(huge);
        out.writeByte(8); // a list
        out.writeInt(Integer.MAX_VALUE);
        assertThatThrownBy(() -> RecordCodec.decode(huge.toByteArray())).isInstanceOf(IOException.class)
                .hasMessageContaining("size");
        byte[] trailing = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> RecordCodec.decode(trailing)).isInstanceOf(IOException.class).hasMessageContaining("after");
    }

    /** The bytes of a record of class {@code name} with no components. */
    private static byte[] recordNamed(String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(7); // a record
        out.writeByte(1); // of a class named now
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
        return bytes.toByteArray();
    }
}
