package dev.dibs.engine.postgres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionInfoTest {

    @Test
    void movesCredentialsOutOfTheUrlAndKeepsOtherParameters() {
        ConnectionInfo info = ConnectionInfo.of(
                "jdbc:postgresql://db.example:6543/app?sslmode=require&user=alice&password=s3cr%26t&connectTimeout=5");

        assertThat(info.url()).isEqualTo("jdbc:postgresql://db.example:6543/app?sslmode=require&connectTimeout=5");
        assertThat(info.user()).isEqualTo("alice");
        assertThat(info.password()).isEqualTo("s3cr&t");
        assertThat(info.database()).isEqualTo("app");
    }

    @Test
    void explicitCredentialsWinOverTheUrl() {
        ConnectionInfo info = new ConnectionInfo("jdbc:postgresql://h/app?user=url&password=fromurl", "bob", "given");

        assertThat(info.user()).isEqualTo("bob");
        assertThat(info.password()).isEqualTo("given");
        assertThat(info.url()).isEqualTo("jdbc:postgresql://h/app");
    }

    @Test
    void toStringNeverShowsThePassword() {
        ConnectionInfo info = new ConnectionInfo("jdbc:postgresql://h:5432/app", "bob", "hunter2-secret");

        assertThat(info.toString())
                .doesNotContain("hunter2-secret")
                .contains("password=***", "user=bob", "jdbc:postgresql://h:5432/app");
        assertThat(new ConnectionInfo("jdbc:postgresql://h/app", "bob", null).toString()).contains("password=none");
    }

    @Test
    void withDatabaseKeepsServerParametersAndCredentials() {
        ConnectionInfo admin = ConnectionInfo.of("jdbc:postgresql://h:5432/postgres?sslmode=disable&user=u&password=p");

        ConnectionInfo other = admin.withDatabase("t_1_2");

        assertThat(other.url()).isEqualTo("jdbc:postgresql://h:5432/t_1_2?sslmode=disable");
        assertThat(other.database()).isEqualTo("t_1_2");
        assertThat(other.user()).isEqualTo("u");
        assertThat(other.password()).isEqualTo("p");
    }

    @Test
    void databaseIsEmptyWhenTheUrlNamesNone() {
        assertThat(ConnectionInfo.of("jdbc:postgresql://h:5432").database()).isEmpty();
        assertThat(ConnectionInfo.of("jdbc:postgresql://h:5432/").database()).isEmpty();
    }

    @Test
    void rejectsOtherUrlsWithoutEchoingThePassword() {
        assertThatThrownBy(() -> ConnectionInfo.of("jdbc:mysql://h/app?password=topsecret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a PostgreSQL JDBC URL")
                .hasMessageNotContaining("topsecret");
    }

    @Test
    void maskHidesPasswordsWhereverTheyAre() {
        assertThat(JdbcUrls.mask("jdbc:postgresql://h/db?password=abc&user=x"))
                .isEqualTo("jdbc:postgresql://h/db?password=***&user=x");
        assertThat(JdbcUrls.mask("jdbc:postgresql://h/db?user=x&PASSWORD=abc"))
                .isEqualTo("jdbc:postgresql://h/db?user=x&PASSWORD=***");
        assertThat(JdbcUrls.mask("postgres://x:abc@h/db")).isEqualTo("postgres://x:***@h/db");
        assertThat(JdbcUrls.mask("jdbc:postgresql://h/db?user=x")).isEqualTo("jdbc:postgresql://h/db?user=x");
        assertThat(JdbcUrls.mask(null)).isNull();
    }
}
