package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Extension;
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
}
