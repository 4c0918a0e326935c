package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MigrationOrderTest {

    private static List<String> sorted(String... ids) {
        List<String> list = new ArrayList<>(List.of(ids));
        Collections.shuffle(list, new Random(7));
        list.sort(MigrationOrder.IDS);
        return list;
    }

    @Test
    void flywayVersionsSortNumericallyPartByPart() {
        assertThat(sorted("V10", "V2", "V1.1", "V1", "V1.10", "V1.2", "V1.1.1"))
                .containsExactly("V1", "V1.1", "V1.1.1", "V1.2", "V1.10", "V2", "V10");
    }

    @Test
    void trailingZerosMakeTheSameVersionAsFlywaySays() {
        assertThat(MigrationOrder.sameVersion("V1", "V1.0")).isTrue();
        assertThat(MigrationOrder.sameVersion("V1", "V01")).isTrue();
        assertThat(MigrationOrder.sameVersion("V1", "V1.0.1")).isFalse();
        assertThat(MigrationOrder.sameVersion("V7", "7_seven")).isTrue();
        assertThat(MigrationOrder.sameVersion("V7", "seven")).isFalse();
    }

    @Test
    void equalLengthTimestampIdsKeepTheirLexicographicOrder() {
        List<String> ids = List.of("20261125120000_create_users", "20261125120000_create_orders", "20261126090000_a",
                "20251231235959_z", "20261125120001_b");
        List<String> lexicographic = new ArrayList<>(ids);
        Collections.sort(lexicographic);
        assertThat(sorted(ids.toArray(String[]::new))).isEqualTo(lexicographic);
        assertThat(sorted("003_step", "001_step", "010_step", "002_step")).containsExactly("001_step", "002_step", "003_step", "010_step");
    }

    @Test
    void flywayFilesAndDibsIdsInterleaveByVersionAndUnversionedIdsComeLast() {
        assertThat(sorted("V1", "2_add_email", "V3", "V2.5", "20261125120000_big", "init", "baseline", "V20261125120001"))
                .containsExactly("V1", "2_add_email", "V2.5", "V3", "20261125120000_big", "V20261125120001", "baseline", "init");
    }

    @Test
    void isFlywayIdOnlyForVAndDottedNumbers() {
        assertThat(MigrationOrder.isFlywayId("V1.2.3")).isTrue();
        assertThat(MigrationOrder.isFlywayId("V1_2")).isFalse();
        assertThat(MigrationOrder.isFlywayId("V1__x")).isFalse();
        assertThat(MigrationOrder.isFlywayId("v1")).isFalse();
        assertThat(MigrationOrder.isFlywayId("1")).isFalse();
    }
}
