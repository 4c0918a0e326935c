package dev.dibs.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** unmanaged.sql's parts by kind of object: kept or cut as a database has the kind, each probed by unmodelled-kinds.sql. */
class CatalogSqlKindsTest {

    @Test
    void aPartIsKeptWithoutItsMarkersOrCutWhole() {
        String sql = "SELECT 1 ${kind:cast} UNION ALL SELECT 2 ${end} ${kind:operator class} UNION ALL SELECT 3 ${end} ORDER BY 1";

        assertThat(CatalogSql.forKinds(sql, Set.of())).isEqualTo("SELECT 1   ORDER BY 1");
        assertThat(CatalogSql.forKinds(sql, Set.of("cast"))).isEqualTo("SELECT 1  UNION ALL SELECT 2   ORDER BY 1");
        assertThat(CatalogSql.forKinds(sql, Set.of("operator class", "cast")))
                .isEqualTo("SELECT 1  UNION ALL SELECT 2   UNION ALL SELECT 3  ORDER BY 1");
        // a kind's name is matched whole: "operator" is not "operator class"
        assertThat(CatalogSql.forKinds(sql, Set.of("operator"))).isEqualTo("SELECT 1   ORDER BY 1");
    }

    @Test
    void aMarkerOutOfPlaceIsAMistakeNeverSent() {
        assertThatThrownBy(() -> CatalogSql.forKinds("SELECT 1 ${kind:cast} UNION ALL SELECT 2", Set.of("cast")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not closed");
        assertThatThrownBy(() -> CatalogSql.forKinds("SELECT 1 ${end}", Set.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without its");
        assertThatThrownBy(() -> CatalogSql.forKinds("SELECT 1 ${end} ${kind:cast} x ${end}", Set.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without its");
        assertThatThrownBy(() -> CatalogSql.forKinds("${kind:cast} ${kind:rule} x ${end} ${end}", Set.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside another");
    }

    @Test
    void everyPartOfUnmanagedHasItsProbeAndEveryProbeItsPart() {
        Set<String> parts = CatalogSql.kinds("unmanaged");
        Set<String> probes = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\('([a-z ]+)', EXISTS \\(").matcher(CatalogSql.load("unmodelled-kinds"));
        while (m.find()) {
            probes.add(m.group(1));
        }
        assertThat(parts).hasSizeGreaterThan(20);
        assertThat(probes).containsExactlyInAnyOrderElementsOf(parts);
    }

    @Test
    void theQueryAsSentForAnyKindsHasNoMarkerLeft() {
        for (int version : List.of(140000, 170000, 180000)) {
            for (Set<String> kinds : List.of(Set.<String>of(), CatalogSql.kinds("unmanaged"), Set.of("rule", "inheritance"))) {
                String sql = CatalogSql.sent("unmanaged", version, kinds);
                assertThat(sql).doesNotContain("${");
                assertThat(sql.contains("pg_catalog.pg_rewrite")).isEqualTo(kinds.contains("rule"));
                assertThat(sql.contains("pg_catalog.pg_cast")).isEqualTo(kinds.contains("cast"));
            }
        }
        assertThat(CatalogSql.sent("unmanaged", 170000, Set.of()).length())
                .isLessThan(CatalogSql.sent("unmanaged", 170000, CatalogSql.kinds("unmanaged")).length() * 2 / 3);
    }
}
