package dev.dibs.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/** Credentials from settings.xml with an encrypted password, the way Maven decrypts them, against a real server. */
class CredentialsTest {

    @TempDir
    Path dir;

    private SettingsDecrypter decrypter(DefaultPlexusCipher cipher) throws Exception {
        Path security = dir.resolve("settings-security.xml");
        Files.writeString(security, "<settingsSecurity><master>" + cipher.encryptAndDecorate("master-pw", "settings.security")
                + "</master></settingsSecurity>");
        return new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString()));
    }

    @Test
    void decryptsTheSettingsPasswordAndConnectsWithoutShowingIt() throws Exception {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        Settings settings = new Settings();
        Server server = new Server();
        server.setId("dev-db");
        server.setUsername("app_user");
        server.setPassword(cipher.encryptAndDecorate("very-secret-pw", "master-pw"));
        settings.addServer(server);
        try (PostgresServer pg = PostgresServers.embedded()) {
            try (Connection c = pg.admin().open(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE app_user LOGIN PASSWORD 'very-secret-pw'");
            }
            Credentials credentials = Credentials.resolve(pg.admin().url(), null, null, "dev-db", settings, decrypter(cipher));
            try (Connection c = credentials.connectionInfo().open(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_user")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("app_user");
            }
            assertThat(credentials.connectionInfo().password()).isEqualTo("very-secret-pw");
            assertThat(credentials.connectionInfo().toString()).doesNotContain("very-secret-pw").contains("app_user");
        }
    }

    @Test
    void aSettingsServerWithoutPasswordSaysToAddOneNotToCheckTheNetwork() throws Exception {
        Settings settings = new Settings();
        Server server = new Server();
        server.setId("no-pw-db");
        server.setUsername("app_user");
        settings.addServer(server);
        try (PostgresServer pg = PostgresServers.embedded()) {
            try (Connection c = pg.admin().open(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE app_user LOGIN PASSWORD 'only-pg-knows'");
            }
            Credentials credentials = Credentials.resolve(pg.admin().url(), null, null, "no-pw-db", settings,
                    decrypter(new DefaultPlexusCipher()));

            MojoFailureException e = catchThrowableOfType(MojoFailureException.class, credentials::checked);

            assertThat(e.getMessage()).isEqualTo("Could not connect to PostgreSQL at " + pg.admin().url() + " (user app_user):"
                    + " the server \"no-pw-db\" in settings.xml has no <password>, and PostgreSQL asks for one: add <password> to"
                    + " it (or give the password parameter, or password= in the url)");
        }
    }

    @Test
    void anUnknownServerIdSaysWhatToAdd() throws Exception {
        MojoFailureException e = catchThrowableOfType(MojoFailureException.class, () -> Credentials.resolve(
                "jdbc:postgresql://localhost:5432/app", null, null, "nope", new Settings(), decrypter(new DefaultPlexusCipher())));
        assertThat(e.getMessage()).isEqualTo("serverId \"nope\" names no <server> in settings.xml: add"
                + " <server><id>nope</id><username>…</username><password>…</password></server>.");
    }

    @Test
    void passwordsInTheUrlNeverShow() throws Exception {
        Credentials c = Credentials.resolve("jdbc:postgresql://db.example:5432/app?user=u&password=hunter2", null, null, null,
                new Settings(), decrypter(new DefaultPlexusCipher()));
        assertThat(c.connectionInfo().url()).doesNotContain("hunter2");
        assertThat(c.connectionInfo().toString()).doesNotContain("hunter2");
        assertThat(c.connectionInfo().user()).isEqualTo("u");
    }

    @Test
    void secretParametersOfTheUrlReachTheConnectionButNotItsDescription() throws Exception {
        Credentials credentials = Credentials.resolve("jdbc:postgresql://h:5432/db?sslpassword=LeakMe9&sslmode=require",
                "app", "pw", null, new Settings(), null);

        assertThat(credentials.connectionInfo().secrets()).containsEntry("sslpassword", "LeakMe9");
        assertThat(credentials.connectionInfo().url()).isEqualTo("jdbc:postgresql://h:5432/db?sslmode=require");
        assertThat(credentials.connectionInfo().describe()).isEqualTo("jdbc:postgresql://h:5432/db (user app)");
    }
}
