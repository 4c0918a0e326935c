package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.PgType;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link KeyTypes} against PostgreSQL itself: every pair of the types it judges, as a real foreign key. */
@WithPostgres
class KeyTypesTest {

    /** The judged types as a column declares them (a length where the type needs one to be a key). */
    private static final List<String> TYPES = List.of("smallint", "integer", "bigint", "numeric", "real", "double precision",
            "date", "timestamp", "timestamptz", "time", "timetz", "interval", "text", "varchar(20)", "char(3)", "bpchar", "name",
            "boolean", "uuid", "bytea", "inet", "cidr", "macaddr", "bit(4)", "varbit", "money", "jsonb", "integer[]", "bigint[]");

    @Test
    void acceptsExactlyThePairsPostgresAccepts(TestDatabase db) throws SQLException {
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String to : TYPES) {
                for (String from : TYPES) {
                    KeyTypes.Verdict verdict = KeyTypes.of(PgType.parse(from), PgType.parse(to));
                    Savepoint before = c.setSavepoint();
                    boolean postgres;
                    try {
                        s.execute("CREATE TABLE p (k " + to + " PRIMARY KEY)");
                        s.execute("CREATE TABLE f (r " + from + " REFERENCES p (k))");
                        postgres = true;
                    } catch (SQLException e) {
                        assertThat(e.getSQLState()).as(from + " -> " + to + ": " + e.getMessage()).isEqualTo("42804");
                        postgres = false;
                    }
                    c.rollback(before);
                    accepted += postgres ? 1 : 0;
                    boolean dibs = verdict == KeyTypes.Verdict.SAME || verdict == KeyTypes.Verdict.COMPARABLE;
                    if (verdict == KeyTypes.Verdict.UNKNOWN || dibs != postgres) {
                        disagreements.add(from + " -> " + to + ": dibs " + verdict + ", PostgreSQL " + (postgres ? "accepts" : "refuses"));
                    }
                }
            }
            c.rollback();
        }
        assertThat(disagreements).isEmpty();
        assertThat(accepted).as("pairs PostgreSQL accepts").isGreaterThan(TYPES.size());
    }

    @Test
    void typesItDoesNotKnowAreLeftToPostgres() {
        assertThat(KeyTypes.of(PgType.parse("public.user_id"), PgType.parse("bigint"))).isEqualTo(KeyTypes.Verdict.UNKNOWN);
        assertThat(KeyTypes.of(PgType.parse("citext"), PgType.parse("text"))).isEqualTo(KeyTypes.Verdict.UNKNOWN);
        assertThat(KeyTypes.of(PgType.parse("varchar(40)"), PgType.parse("varchar(80)"))).isEqualTo(KeyTypes.Verdict.SAME);
        assertThat(KeyTypes.of(PgType.parse("bpchar"), PgType.parse("char(3)"))).isEqualTo(KeyTypes.Verdict.SAME);
        // a domain over integer[] written without its schema: unknown, not an array against a scalar
        assertThat(KeyTypes.of(PgType.parse("int_list"), PgType.parse("integer[]"))).isEqualTo(KeyTypes.Verdict.UNKNOWN);
    }
}
