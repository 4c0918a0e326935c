package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The catalog checks of one plan share one connection, opened on first use and closed with the session. */
@WithPostgres
class CatalogSessionTest {

    @Test
    void oneConnectionForEveryCheckAndAFailedQueryLeavesItUsable(TestDatabase db) throws Exception {
        Connection first;
        try (CatalogSession session = new CatalogSession(db.info())) {
            try (PreparedStatement a = session.prepare("SELECT pg_backend_pid()"); ResultSet rs = a.executeQuery()) {
                first = a.getConnection();
                rs.next();
            }
            Throwable failed = catchThrowable(() -> {
                try (PreparedStatement bad = session.prepare("SELECT 1/0")) {
                    bad.executeQuery();
                }
            });
            assertThat(failed).hasMessageContaining("division by zero");
            try (PreparedStatement b = session.prepare("SELECT 2"); ResultSet rs = b.executeQuery()) {
                assertThat(b.getConnection()).isSameAs(first);
                rs.next();
                assertThat(rs.getInt(1)).as("usable after a failed check").isEqualTo(2);
            }
        }
        assertThat(first.isClosed()).isTrue();
    }
}
