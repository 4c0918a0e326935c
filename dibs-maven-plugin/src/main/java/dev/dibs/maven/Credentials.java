package dev.dibs.maven;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.DatabaseUnavailableException;
import dev.dibs.engine.postgres.JdbcUrls;
import java.sql.SQLException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Where the user and password come from: parameters, the URL, or a settings.xml server (decrypted).
 *
 * @param source        where they came from, for the message when PostgreSQL refuses them
 * @param noPasswordFix what to add when no password came from anywhere and PostgreSQL asks for one
 */
record Credentials(ConnectionInfo connectionInfo, String source, String noPasswordFix) {

    /**
     * Connects once, so that a refused password or an unreachable server stops the goal at the start
     * with one message naming the database, what PostgreSQL answered, and where the credentials came from.
     */
    Credentials checked() throws MojoFailureException {
        try {
            connectionInfo.connect().close();
            return this;
        } catch (DatabaseUnavailableException e) {
            if (e.passwordMissing()) {
                // The driver's own words ("no password was provided", SQLSTATE 08004) read like a network problem.
                throw new MojoFailureException("Could not connect to PostgreSQL at " + connectionInfo.describe() + ": " + noPasswordFix);
            }
            throw new MojoFailureException(e.getMessage() + " (credentials from " + source + ")");
        } catch (SQLException closing) {
            return this;
        }
    }

    static Credentials resolve(String url, String user, String password, String serverId, Settings settings,
                               SettingsDecrypter decrypter) throws MojoFailureException {
        if (!JdbcUrls.isPostgresUrl(url)) {
            throw new MojoFailureException("url \"" + JdbcUrls.mask(url) + "\" is not a PostgreSQL JDBC URL: write"
                    + " jdbc:postgresql://host:5432/database");
        }
        ConnectionInfo fromUrl = ConnectionInfo.of(url);
        String u = user != null && !user.isBlank() ? user : fromUrl.user();
        String p = password != null && !password.isEmpty() ? password : fromUrl.password();
        if (serverId != null && !serverId.isBlank()) {
            Server server = settings.getServer(serverId);
            if (server == null) {
                throw new MojoFailureException("serverId \"" + serverId + "\" names no <server> in settings.xml: add"
                        + " <server><id>" + serverId + "</id><username>…</username><password>…</password></server>.");
            }
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem problem : result.getProblems()) {
                if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw new MojoFailureException("cannot decrypt the password of server \"" + serverId + "\" in settings.xml: "
                            + problem.getMessage() + " (is settings-security.xml there?)");
                }
            }
            Server decrypted = result.getServer();
            u = decrypted.getUsername() != null ? decrypted.getUsername() : u;
            p = decrypted.getPassword() != null ? decrypted.getPassword() : p;
            String source = "the settings.xml server \"" + serverId + "\""
                    + (decrypted.getPassword() != null ? "" : ", with the password of the url or password parameter");
            return new Credentials(new ConnectionInfo(fromUrl.url(), u, p, fromUrl.secrets()), source, "the server \"" + serverId + "\" in settings.xml"
                    + " has no <password>, and PostgreSQL asks for one: add <password> to it (or give the password parameter,"
                    + " or password= in the url)");
        }
        return new Credentials(new ConnectionInfo(fromUrl.url(), u, p, fromUrl.secrets()), "the url, user and password parameters",
                "no password is configured" + (u == null ? "" : " for user " + JdbcUrls.printableUser(u)) + ", and PostgreSQL asks for one: give the"
                        + " password parameter, password= in the url, or a settings.xml server with serverId");
    }
}
