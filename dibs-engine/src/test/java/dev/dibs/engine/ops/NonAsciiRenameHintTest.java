package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.load.SqlRenames;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.ScratchSchemas;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's lexer takes any character outside ASCII into an unquoted name ({@code €}, a letter
 * of another script, one beyond the 16-bit range) and folds only ASCII letters; a rename hint and
 * the texts that name the object read such names as PostgreSQL does. Before, the tokenizer stopped
 * at the {@code €}, and the hint {@code -- dibs:renamed-from €_Numbers} was refused as naming no
 * sequence, though PostgreSQL itself reads that name.
 */
@WithPostgres
class NonAsciiRenameHintTest {

    @Test
    void aSequenceWithSymbolsAndSupplementaryLettersInItsUnquotedNameIsRenamedKeepingItsValue(TestDatabase target,
                                                                                              PostgresServer server) throws Exception {
        target.execute("CREATE SEQUENCE €_Numbers START 40; SELECT nextval('€_Numbers');"
                + " CREATE TABLE invoices (id bigint PRIMARY KEY DEFAULT nextval('€_Numbers'));");
        String desiredSql = "-- dibs:renamed-from €_Numbers\nCREATE SEQUENCE 𝔘_Zähler START 40;\n"
                + "CREATE TABLE invoices (id bigint PRIMARY KEY DEFAULT nextval('𝔘_Zähler'));\n";
        Schema desired = ScratchSchemas.of(server, desiredSql);
        Schema current = Inspector.inspect(target.info(), List.of("public")).schema();
        RenameHints hints = RenameHints.none().with(SqlRenames.inScript(desiredSql, List.of("public")));

        Plan plan = Planner.plan(current, desired, hints, PlanOptions.defaults());

        // unquoted, PostgreSQL keeps every non-ASCII character and folds the ASCII letters only
        assertThat(plan.statements()).extracting(s -> s.sql()).containsExactly("ALTER SEQUENCE public.\"€_numbers\" RENAME TO \"𝔘_zähler\"");
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, plan, null, PlanListener.NONE);
        }
        assertThat(target.queryString("SELECT nextval('\"𝔘_zähler\"')")).isEqualTo("41");
        assertThat(target.queryString("SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 'invoices'::regclass"))
                .isEqualTo("nextval('\"𝔘_zähler\"'::regclass)");
        Schema after = Inspector.inspect(target.info(), List.of("public")).schema();
        assertThat(Planner.plan(after, desired, RenameHints.none(), PlanOptions.defaults()).isEmpty()).isTrue();
    }
}
