package dev.dibs.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The volatile built-ins {@link Volatility} knows are those of the PostgreSQL the tests run on: none
 * missing (a default calling it would rewrite the table with no hazard said), none that is not
 * volatile there (a hazard said for nothing). Names of other versions only are allowed.
 */
@WithPostgres
class VolatileFunctionsTest {

    /** The names whose every overload in pg_catalog is VOLATILE, one of them returning a value a default can take. */
    private static final String VOLATILE = """
            SELECT p.proname FROM pg_proc p
             WHERE p.pronamespace = 'pg_catalog'::regnamespace
             GROUP BY p.proname
            HAVING bool_and(p.provolatile = 'v')
               AND bool_or(NOT p.proretset AND p.prorettype NOT IN ('void'::regtype, 'trigger'::regtype, 'internal'::regtype,
                   'event_trigger'::regtype, 'index_am_handler'::regtype, 'table_am_handler'::regtype, 'fdw_handler'::regtype,
                   'language_handler'::regtype, 'tsm_handler'::regtype))
            """;
    private static final String ALL = "SELECT DISTINCT proname FROM pg_proc WHERE pronamespace = 'pg_catalog'::regnamespace";

    @Test
    void knowsEveryVolatileBuiltInOfThisServerAndNoOther(TestDatabase db) throws Exception {
        Set<String> known = Volatility.volatileFunctions();
        Set<String> volatileHere = names(db, VOLATILE);
        Set<String> builtIns = names(db, ALL);
        assertThat(volatileHere).hasSizeGreaterThan(100).contains("random", "clock_timestamp", "currval");

        assertThat(new TreeSet<>(volatileHere)).as("volatile functions of this server that Volatility does not know")
                .isSubsetOf(known);
        assertThat(known.stream().filter(builtIns::contains).filter(n -> !volatileHere.contains(n)).sorted())
                .as("functions Volatility takes as volatile that this server has otherwise").isEmpty();
    }

    @Test
    void aDefaultCallingOneIsVolatileAndAStableOneIsNot() {
        assertThat(Volatility.UNKNOWN.isVolatile("(current_query() || 'x'::text)")).isTrue();
        assertThat(Volatility.UNKNOWN.isVolatile("pg_catalog.currval('public.s'::regclass)")).isTrue();
        assertThat(Volatility.UNKNOWN.isVolatile("(txid_current())::text")).isFalse();
        assertThat(Volatility.UNKNOWN.isVolatile("timezone('utc'::text, now())")).isFalse();
    }

    private static Set<String> names(TestDatabase db, String sql) throws Exception {
        Set<String> names = new TreeSet<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
