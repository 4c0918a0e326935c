package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.load.SqlRenames;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.ScratchSchemas;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rename hint that names a column's sequence (serial) is refused, saying why and what to do, rather than ignored. */
@WithPostgres
class SequenceRenameHintTest {

    @Test
    void aHintNamingASerialColumnsSequenceIsRefusedNotIgnored(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE TABLE t (id serial PRIMARY KEY); INSERT INTO t DEFAULT VALUES;");
        String desiredSql = "-- dibs:renamed-from t_id_seq\nCREATE SEQUENCE ids;\n"
                + "CREATE TABLE t (id integer PRIMARY KEY DEFAULT nextval('ids'));";
        Schema desired = ScratchSchemas.of(server, desiredSql);
        Schema current = Inspector.inspect(target.info(), List.of("public")).schema();
        RenameHints hints = RenameHints.none().with(SqlRenames.inScript(desiredSql, List.of("public")));

        assertThatThrownBy(() -> Planner.plan(current, desired, hints, PlanOptions.defaults())).isInstanceOf(DibsException.class)
                .hasMessageContaining("names public.t_id_seq, which on the database is the sequence of column public.t.id")
                .hasMessageContaining("ALTER SEQUENCE public.t_id_seq OWNED BY NONE");
    }
}
