package dev.dibs.engine.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnakeCaseTest {

    @ParameterizedTest
    @CsvSource({
        "createdAt, created_at",
        "line1, line1",
        "addressLine2, address_line2",
        "id, id",
        "HTTPServer, http_server",
        "userID, user_id",
        "OrderStatus, order_status",
        "v2Name, v2_name",
        "already_snake, already_snake",
        "aB, a_b",
        "URL, url",
        "line1Text, line1_text",
    })
    void convertsAtCaseBoundaries(String java, String sql) {
        assertThat(SnakeCase.of(java)).isEqualTo(sql);
    }
}
