package dev.dibs.engine.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * Where a database is and how to sign in to it.
 *
 * <p>The URL never carries credentials: {@code user} and {@code password} query parameters are
 * moved into the fields when the record is built (explicit arguments win), so the URL can be
 * logged as it is and {@link #toString()} never shows the password.
 *
 * @param url      a {@code jdbc:postgresql://host:port/database} URL, other parameters kept
 * @param user     the role to connect as; {@code null} leaves it to the driver
 * @param password the password; {@code null} for none
 */
public record ConnectionInfo(String url, String user, String password) {
    private static final org.postgresql.Driver DRIVER = new org.postgresql.Driver();

    public ConnectionInfo {
        Objects.requireNonNull(url, "url");
        if (!JdbcUrls.isPostgresUrl(url)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + JdbcUrls.mask(url)
                    + " (expected jdbc:postgresql://host:port/database)");
        }
        if (user == null) {
            user = JdbcUrls.queryParameter(url, "user").orElse(null);
        }
        if (password == null) {
            password = JdbcUrls.queryParameter(url, "password").orElse(null);
        }
        url = JdbcUrls.withoutParameters(url, "user", "password");
    }

    /** Reads user and password from the URL's query, e.g. {@code ...?user=app&password=secret}. */
    public static ConnectionInfo of(String url) {
        return new ConnectionInfo(url, null, null);
    }

    /** The database this info connects to (the URL's path). */
    public String database() {
        return JdbcUrls.database(url);
    }

    /** The same server and credentials, another database. */
    public ConnectionInfo withDatabase(String database) {
        return new ConnectionInfo(JdbcUrls.withDatabase(url, database), user, password);
    }

    /**
     * Opens a new connection. Credentials travel as driver properties, never inside the URL, so
     * they cannot leak through a driver message that quotes the URL.
     */
    public Connection open() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        // A default only: a parameter in the URL overrides it. Makes dibs visible in pg_stat_activity.
        properties.setProperty("ApplicationName", "dibs");
        // The driver is called directly rather than through DriverManager, whose registry depends
        // on class loaders and fails with "No suitable driver" inside Maven plugin realms.
        Connection connection = DRIVER.connect(url, properties);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver does not accept " + JdbcUrls.mask(url));
        }
        return connection;
    }

    /**
     * Like {@link #open()}, but a connection PostgreSQL refuses (wrong password, unknown database,
     * server down) is a {@link DatabaseUnavailableException} that says what PostgreSQL answered and
     * what to check.
     */
    public Connection connect() {
        try {
            return open();
        } catch (SQLException e) {
            throw ServerErrors.connectFailed(this, e);
        }
    }

    /** For people: {@code jdbc:postgresql://host:port/database (user app)}; never the password. */
    public String describe() {
        return JdbcUrls.mask(url) + (user == null ? "" : " (user " + user + ")");
    }

    /** URL, user and whether there is a password; never the password itself. */
    @Override
    public String toString() {
        return "ConnectionInfo[url=" + JdbcUrls.mask(url) + ", user=" + user
                + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
