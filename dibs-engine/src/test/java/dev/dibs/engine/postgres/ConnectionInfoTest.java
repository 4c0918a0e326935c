package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

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
        assertThat(JdbcUrls.mask("postgres://x:abc@h/db")).isEqualTo("postgres://***@h/db");
        assertThat(JdbcUrls.mask("jdbc:postgresql://h/db?user=x&sslpassword=abc;api_token=def"))
                .isEqualTo("jdbc:postgresql://h/db?user=x&sslpassword=***"); // the driver reads up to &: all of it is the value
        assertThat(JdbcUrls.mask("jdbc:postgresql://h/db?user=x&password=Wr;ong Pw2&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=x&password=***&ssl=true");
        // a password holding ?, a space or / before the host is hidden up to its @
        assertThat(JdbcUrls.mask("jdbc:postgresql://app:p?ss@localhost:5599/db")).isEqualTo("jdbc:postgresql://***@localhost:5599/db");
        assertThat(JdbcUrls.mask("jdbc:postgresql://app:Pa ss/1@localhost/db?user=x")).isEqualTo("jdbc:postgresql://***@localhost/db?user=x");
        assertThat(JdbcUrls.mask("jdbc:postgresql://h/db?user=app@azure")).isEqualTo("jdbc:postgresql://h/db?user=app@azure");
        assertThat(JdbcUrls.printable("jdbc:postgresql://app:p?ss@localhost:5599/db")).isEqualTo("jdbc:postgresql://localhost:5599/db");
        assertThat(JdbcUrls.mask("jdbc:postgresql://h/db?user=x")).isEqualTo("jdbc:postgresql://h/db?user=x");
        assertThat(JdbcUrls.mask(null)).isNull();
        // after a space, at the start, around spaced =: a URL typed with spaces, a line of a targets file
        assertThat(JdbcUrls.mask("jdbc:postgresql://h/db?user=x password=LeakMe1")).isEqualTo("jdbc:postgresql://h/db?user=x password=***");
        assertThat(JdbcUrls.mask("password=LeakMe2 jdbc:postgresql://h/db")).isEqualTo("password=***");
        assertThat(JdbcUrls.mask("jdbc:postgresql://h/db?user=x&password = LeakMe3&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=x&password = ***&ssl=true");
        assertThat(JdbcUrls.mask("jdbc:postgresql://h/db\tsslpassword=LeakMe4")).isEqualTo("jdbc:postgresql://h/db\tsslpassword=***");
    }

    @Test
    void refusesUserInformationBeforeTheHostWithoutShowingIt() {
        for (String url : new String[] {"jdbc:postgresql://postgres:LeakMe3@127.0.0.1:55433/db",
                "jdbc:postgresql://LeakMe4@127.0.0.1:55433/db",
                // a password holding @ or / once showed its tail, or the whole user:password as a host
                "jdbc:postgresql://postgres:Leak@Me5@127.0.0.1:55433/db",
                "jdbc:postgresql://postgres:Leak/Me6@127.0.0.1:55433/db"}) {
            assertThatThrownBy(() -> ConnectionInfo.of(url))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("jdbc:postgresql://127.0.0.1:55433/db")
                    .hasMessageContaining("user and password parameters")
                    .hasMessageContaining("serverId")
                    .hasMessageNotContaining("LeakMe").hasMessageNotContaining("Leak").hasMessageNotContaining("Me5")
                    .hasMessageNotContaining("Me6");
            assertThat(JdbcUrls.mask(url)).doesNotContain("Leak").doesNotContain("Me5").doesNotContain("Me6");
        }
    }

    @Test
    void secretParametersBecomeDriverPropertiesAndAreNeverPrinted() {
        ConnectionInfo info = ConnectionInfo.of(
                "jdbc:postgresql://h:5432/db?user=postgres&sslpassword=LeakMe9&sslmode=require&apiToken=LeakMe10");

        assertThat(info.url()).isEqualTo("jdbc:postgresql://h:5432/db?sslmode=require");
        assertThat(info.secrets()).containsExactly(Map.entry("sslpassword", "LeakMe9"), Map.entry("apiToken", "LeakMe10"));
        assertThat(info.describe()).isEqualTo("jdbc:postgresql://h:5432/db (user postgres)");
        assertThat(info.toString()).doesNotContain("LeakMe").contains("secrets=[sslpassword, apiToken]");
        assertThat(info.withDatabase("other").secrets()).isEqualTo(info.secrets());
    }

    @Test
    void aUserThatCouldHideAParameterIsNotPrinted() {
        ConnectionInfo info = ConnectionInfo.of("jdbc:postgresql://h:5432/db?user=postgres;password=LeakMe8");

        assertThat(info.describe()).isEqualTo("jdbc:postgresql://h:5432/db (user (user hidden))");
        assertThat(info.toString()).doesNotContain("LeakMe8");
        assertThat(ServerErrors.where(info)).isEqualTo("jdbc:postgresql://h:5432/db as user (user hidden)");
    }

    @Test
    void printedUrlsAreHostPortAndDatabaseOnly() {
        assertThat(JdbcUrls.printable("jdbc:postgresql://h:5432/db?sslmode=require&password=x"))
                .isEqualTo("jdbc:postgresql://h:5432/db");
        assertThat(new ConnectionInfo("jdbc:postgresql://h/db?ssl=true", "app", "pw").describe())
                .isEqualTo("jdbc:postgresql://h/db (user app)");
    }
}
