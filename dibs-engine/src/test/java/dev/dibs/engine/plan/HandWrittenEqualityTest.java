package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Extension;
import dev.dibs.engine.model.QualifiedName;
import org.junit.jupiter.api.Test;

/**
 * Records whose equals and hashCode are written out (a record's own are linked through method
 * handles on first use, slow in a fresh JVM): they hash as the records they replace would, so no map
 * or set changes its order, and compare every component, nulls included.
 */
class HandWrittenEqualityTest {

    @Test
    void anExtensionComparesAndHashesAsItsRecordWould() {
        record AsRecord(String name, String schema, String version) {
        }
        String[][] cases = {{"citext", "public", "1.6"}, {"pg_trgm", "ext", null}, {"", "s", ""}, {null, "public", "1"}, {"x", null, null}};
        for (String[] c : cases) {
            assertThat(new Extension(c[0], c[1], c[2]).hashCode()).isEqualTo(new AsRecord(c[0], c[1], c[2]).hashCode());
            assertThat(new Extension(c[0], c[1], c[2])).isEqualTo(new Extension(c[0], c[1], c[2]));
        }
        Extension citext = new Extension("citext", "public", "1.6");
        assertThat(citext).isNotEqualTo(new Extension("citext", "public", "1.5"))
                .isNotEqualTo(new Extension("citext", "other", "1.6"))
                .isNotEqualTo(new Extension("hstore", "public", "1.6"))
                .isNotEqualTo(new Extension("citext", "public"))
                .isNotEqualTo(new Extension(null, "public", "1.6"))
                .isNotEqualTo(new Extension("citext", null, "1.6"))
                .isNotEqualTo(null);
    }

    @Test
    void aStatementTargetComparesAndHashesAsItsRecordWould() {
        record AsRecord(QualifiedName table, String column) {
        }
        QualifiedName orders = new QualifiedName("public", "orders");
        for (String column : new String[] {null, "id", ""}) {
            assertThat(new StatementTarget(orders, column).hashCode()).isEqualTo(new AsRecord(orders, column).hashCode());
            assertThat(new StatementTarget(orders, column)).isEqualTo(new StatementTarget(new QualifiedName("public", "orders"), column));
        }
        assertThat(StatementTarget.table(orders)).isNotEqualTo(StatementTarget.column(orders, "id"))
                .isNotEqualTo(StatementTarget.table(new QualifiedName("public", "lines")));
        assertThat(StatementTarget.column(orders, "id")).isNotEqualTo(StatementTarget.column(orders, "total"));
    }
}
