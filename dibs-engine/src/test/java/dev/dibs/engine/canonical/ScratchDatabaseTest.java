package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Extension;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.solve.SchemaComparison;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scratch database gets the databases' extensions in their schemas; one the server lacks is said, not guessed. */
@WithPostgres
class ScratchDatabaseTest {

    @Test
    void createsTheExtensionsItHasAndNamesTheOnesItLacks(PostgresServer server) throws Exception {
        List<Extension> wanted = List.of(new Extension("pg_trgm", "extensions"), new Extension("dibs_no_such_extension", "public"));
        try (ScratchDatabase scratch = ScratchDatabase.create(server, wanted)) {
            assertThat(scratch.missingExtensions()).containsExactly(new Extension("dibs_no_such_extension", "public"));
            List<String> created = new ArrayList<>();
            try (Statement s = scratch.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT e.extname || ' in ' || n.nspname FROM pg_extension e"
                         + " JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname <> 'plpgsql'")) {
                while (rs.next()) {
                    created.add(rs.getString(1));
                }
            }
            assertThat(created).containsExactly("pg_trgm in extensions");
        }
    }

    /**
     * The scratch build re-prints tables only: a trigger (whose function is not built there) would
     * fail and turn the build into one savepoint per statement.
     */
    @Test
    void buildsTheTablesOfASchemaWithTriggersWithoutAFailure(PostgresServer server) throws Exception {
        Table t = new Table(QualifiedName.of("public", "t"), List.of(new Column("id", PgType.parse("integer"), true, null,
                Identity.NONE, null, null)), null, List.of(), List.of(), List.of(), List.of(), null);
        Trigger touch = new Trigger(t.name(), "t_touch",
                "CREATE TRIGGER t_touch BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.touch()", "public.touch()", "O", null);
        Schema schema = new Schema(List.of("public"), List.of(t), List.of()).withTriggers(List.of(touch));
        try (ScratchDatabase scratch = ScratchDatabase.create(server, List.of())) {
            ScratchDatabase.Built built = scratch.build(schema);
            assertThat(built.failures()).isEmpty();
            assertThat(built.inspection().schema().tables()).extracting(Table::name).containsExactly(t.name());
        }
    }

    /**
     * The create script builds extensions (at their version, with a changed comment), sequences with
     * every option, comment and owner, and serial columns, whose sequences must exist before their
     * defaults are set: the scratch database reads back what the source database holds.
     */
    @Test
    void buildsExtensionsSequencesAndSerialColumnsAsTheSourceHasThem(TestDatabase source, PostgresServer server) throws Exception {
        source.execute("""
                CREATE EXTENSION hstore WITH SCHEMA public VERSION '1.7';
                COMMENT ON EXTENSION hstore IS 'pairs';
                CREATE SEQUENCE invoice_numbers AS integer INCREMENT BY 10 MINVALUE 100 MAXVALUE 100000 START WITH 1000 CACHE 5 CYCLE;
                COMMENT ON SEQUENCE invoice_numbers IS 'one per invoice';
                CREATE TABLE invoice (id int PRIMARY KEY DEFAULT nextval('invoice_numbers'), ref bigint, attrs hstore);
                CREATE SEQUENCE invoice_refs OWNED BY invoice.ref;
                CREATE TABLE ticket (id bigserial PRIMARY KEY, code smallserial);
                ALTER SEQUENCE ticket_code_seq START WITH 7;
                """);
        Schema schema;
        try (Connection c = source.connect()) {
            schema = Inspector.inspect(c, List.of("public")).schema();
        }
        assertThat(schema.extensions()).extracting(e -> e.name() + " " + e.version() + " " + e.comment()).containsExactly("hstore 1.7 pairs");
        assertThat(schema.sequences()).extracting(q -> q.name().name()).containsExactly("invoice_numbers", "invoice_refs");

        try (ScratchDatabase scratch = ScratchDatabase.create(server, List.of())) {
            ScratchDatabase.Built built = scratch.build(schema);
            assertThat(built.failures()).isEmpty();
            assertThat(SchemaComparison.differences(built.inspection().schema(), schema)).isEmpty();
        }
    }

    /** At the database's version, so that a plan proposes no update nobody asked for; one the server lacks: its default. */
    @Test
    void createsEachExtensionAtTheDatabasesVersionWhenTheServerHasIt(PostgresServer server) throws Exception {
        List<Extension> wanted = List.of(new Extension("hstore", "public", "1.7"), new Extension("citext", "public", "0.0-none"));
        try (ScratchDatabase scratch = ScratchDatabase.create(server, wanted)) {
            List<String> created = new ArrayList<>();
            try (Statement s = scratch.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT e.extname || ' ' || e.extversion FROM pg_extension e"
                         + " WHERE e.extname <> 'plpgsql' ORDER BY 1")) {
                while (rs.next()) {
                    created.add(rs.getString(1));
                }
            }
            assertThat(created).hasSize(2).contains("hstore 1.7").noneMatch(v -> v.endsWith("0.0-none"));
        }
    }
}
