package dev.dibs.engine.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Where a database is and how to sign in to it.
 *
 * <p>The URL never carries credentials: {@code user} and {@code password} query parameters are
 * moved into the fields when the record is built (explicit arguments win), and so is every other
 * parameter whose name says it is a secret ({@code sslpassword}, {@code …token}, {@code …secret}),
 * into {@code secrets}; they travel to the driver as properties. What is printed of it
 * ({@link #describe()}, {@link #toString()}) is host, port and database, and the user only when
 * it cannot hide a parameter ({@code app;password=x}).
 *
 * @param url      a {@code jdbc:postgresql://host:port/database} URL, other parameters kept
 * @param user     the role to connect as; {@code null} leaves it to the driver
 * @param password the password; {@code null} for none
 * @param secrets  other secret driver properties taken from the URL, by name
 * @param kept     where {@link #open()} takes its connection from and {@code close()} gives it back
 *                 ({@link #keptIn}); {@code null}: a new connection every time
 */
public record ConnectionInfo(String url, String user, String password, Map<String, String> secrets, KeptSessions kept) {
    private static final org.postgresql.Driver DRIVER = new org.postgresql.Driver();

    public ConnectionInfo {
        Objects.requireNonNull(url, "url");
        if (!JdbcUrls.isPostgresUrl(url)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + JdbcUrls.mask(url)
                    + " (expected jdbc:postgresql://host:port/database)");
        }
        if (JdbcUrls.hasUserInfo(url)) {
            // pgjdbc would take "user:password@host" for the host name and print it in its error.
            throw new DatabaseUnavailableException("The database URL " + JdbcUrls.printable(url) + " has a user name"
                    + " (and perhaps a password) before the host, as in //user:password@host; the PostgreSQL driver does"
                    + " not read that form. Remove it from the URL and give the credentials with dibs's user and password"
                    + " parameters, a settings.xml server (serverId), or the user and password parameters of the URL"
                    + " (?user=…&password=…).");
        }
        if (user == null) {
            user = JdbcUrls.queryParameter(url, "user").orElse(null);
        }
        if (password == null) {
            password = JdbcUrls.queryParameter(url, "password").orElse(null);
        }
        Map<String, String> all = new LinkedHashMap<>(JdbcUrls.secretParameters(url));
        if (secrets != null) {
            all.putAll(secrets);
        }
        secrets = Collections.unmodifiableMap(all);
        url = JdbcUrls.withoutParameters(url, "user", "password", JdbcUrls.SECRETS);
    }

    public ConnectionInfo(String url, String user, String password, Map<String, String> secrets) {
        this(url, user, password, secrets, null);
    }

    public ConnectionInfo(String url, String user, String password) {
        this(url, user, password, Map.of());
    }

    /** The same database and credentials, its connections kept in {@code sessions} between users (see {@link KeptSessions}). */
    public ConnectionInfo keptIn(KeptSessions sessions) {
        return new ConnectionInfo(url, user, password, secrets, sessions);
    }

    /** The same database and credentials, a new connection every time. */
    public ConnectionInfo unkept() {
        return kept == null ? this : new ConnectionInfo(url, user, password, secrets, null);
    }

    /** Reads user and password from the URL's query, e.g. {@code ...?user=app&password=secret}. */
    public static ConnectionInfo of(String url) {
        return new ConnectionInfo(url, null, null);
    }

    /** The database this info connects to (the URL's path). */
    public String database() {
        return JdbcUrls.database(url);
    }

    /** The same server and credentials, another database (its connections not kept: {@link KeptSessions} keeps one database's). */
    public ConnectionInfo withDatabase(String database) {
        return new ConnectionInfo(JdbcUrls.withDatabase(url, database), user, password, secrets, null);
    }

    /**
     * Opens a new connection. Credentials travel as driver properties, never inside the URL, so
     * they cannot leak through a driver message that quotes the URL.
     */
    public Connection open() throws SQLException {
        return kept != null ? kept.borrow(unkept()) : open(Map.of());
    }

    /**
     * Like {@link #open()}, with driver properties of the caller's own as defaults (a URL parameter
     * still overrides them): always a new connection, never a kept one.
     */
    public Connection open(Map<String, String> driverDefaults) throws SQLException {
        Properties properties = new Properties();
        driverDefaults.forEach(properties::setProperty);
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        secrets.forEach(properties::setProperty);
        // A default only: a parameter in the URL overrides it. Makes dibs visible in pg_stat_activity.
        properties.setProperty("ApplicationName", "dibs");
        // The driver is called directly rather than through DriverManager, whose registry depends
        // on class loaders and fails with "No suitable driver" inside Maven plugin realms.
        Connection connection = DRIVER.connect(url, properties);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver does not accept " + JdbcUrls.printable(url));
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

    /** The same database and credentials: where connections are kept is no part of which database it is. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionInfo c && url.equals(c.url) && Objects.equals(user, c.user) && Objects.equals(password, c.password)
                && secrets.equals(c.secrets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, user, password, secrets);
    }

    /** For people: {@code jdbc:postgresql://host:port/database (user app)}; never a password or other parameter. */
    public String describe() {
        return JdbcUrls.printable(url) + (user == null ? "" : " (user " + JdbcUrls.printableUser(user) + ")");
    }

    /** Host, port, database, user and whether there are secrets; never the secrets themselves. */
    @Override
    public String toString() {
        return "ConnectionInfo[url=" + JdbcUrls.printable(url) + ", user=" + JdbcUrls.printableUser(user)
                + ", password=" + (password == null ? "none" : "***")
                + (secrets.isEmpty() ? "" : ", secrets=" + secrets.keySet()) + "]";
    }
}
