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
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.WithPostgres;
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
}
