package dev.dibs.engine.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresNamesTest {

    @Test
    void makeObjectNameShortensTheLongerNameFirst() {
        String table = "t".repeat(40);
        String column = "c".repeat(30);
        String name = PostgresNames.makeObjectName(table, column, "key");
        assertThat(name).hasSize(63).startsWith("t".repeat(29) + "_").endsWith("c".repeat(29) + "_key");
    }

    @Test
    void neverSplitsAMultiByteCharacter() {
        String table = "é".repeat(40); // 80 bytes
        String name = PostgresNames.makeObjectName(table, null, "pkey");
        assertThat(PostgresNames.byteLength(name)).isLessThanOrEqualTo(63);
        assertThat(name).isEqualTo("é".repeat(29) + "_pkey");
    }

    @Test
    void deduplicatesWithANumberedLabel() {
        PostgresNames names = new PostgresNames();
        names.takeRelation("users");
        assertThat(names.index("users", List.of("email"))).isEqualTo("users_email_idx");
        assertThat(names.index("users", List.of("email"))).isEqualTo("users_email_idx1");
        assertThat(names.index("users", List.of("email"))).isEqualTo("users_email_idx2");
        assertThat(names.unique("users", List.of("email"))).isEqualTo("users_email_key");
        assertThat(names.index("users", List.of("lower", "lower"))).isEqualTo("users_lower_lower1_idx");
    }

    @Test
    void foreignKeysOnlyAvoidOtherConstraints() {
        PostgresNames names = new PostgresNames();
        names.takeRelation("orders_user_id_fkey");
        assertThat(names.foreignKey("orders", List.of("user_id"))).isEqualTo("orders_user_id_fkey");
        assertThat(names.foreignKey("orders", List.of("user_id"))).isEqualTo("orders_user_id_fkey1");
    }
}
