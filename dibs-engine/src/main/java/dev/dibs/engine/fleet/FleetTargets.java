package dev.dibs.engine.fleet;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.JdbcUrls;
import dev.dibs.engine.postgres.ServerErrors;
import dev.dibs.engine.postgres.SqlResources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a fleet's targets come from: a list of URLs, a file of them, a query that returns them,
 * and tenant schemas matched by name in a database. Every URL is checked before anything connects;
 * no message carries a password.
 */
public final class FleetTargets {

    /** What {@code targetsQuery} may take: the time one read of a list should need, at most. */
    private static final int QUERY_SECONDS = 60;

    /** A name or glob of {@code tenantSchemas}: letters, digits, {@code _ $ -}, and the wildcards {@code * ?}. */
    private static final Pattern TENANT_PATTERN = Pattern.compile("[\\p{L}\\p{N}_$*?-]+");

    private FleetTargets() {
    }

    /**
     * A listed target before its credentials are resolved.
     *
     * @param url      the JDBC URL as written (may carry {@code user=}/{@code password=}; never printed as is)
     * @param serverId a settings.xml server for its credentials, or null
     * @param source   where it was listed, for messages
     */
    public record Listed(String url, String serverId, String source) {
    }

    /** The URLs of the {@code targets} parameter. */
    public static List<Listed> fromList(List<String> urls) {
        List<Listed> listed = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i) == null ? "" : urls.get(i).trim();
            if (url.isEmpty()) {
                continue;
            }
            listed.add(checked(new Listed(url, null, "targets item " + (i + 1))));
        }
        return listed;
    }

    /**
     * The targets of a {@code targetsFile}: one JDBC URL a line, optionally followed by
     * {@code serverId=<id>} (its credentials from settings.xml); blank lines and lines starting with
     * {@code #} are skipped.
     *
     * @param project the project directory: the file must be inside it
     */
    public static List<Listed> fromFile(Path file, Path project) {
        Path real;
        try {
            real = file.toRealPath();
            if (!real.startsWith(project.toRealPath())) {
                throw new DibsException("targetsFile " + Printable.escape(file.toString()) + " is outside the project ("
                        + project + "): keep the fleet's list in the project, where it is reviewed with the code.");
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DibsException("targetsFile " + Printable.escape(file.toString()) + " does not exist: write one JDBC URL a"
                    + " line (jdbc:postgresql://host:5432/database), optionally followed by serverId=<settings.xml server>.");
        } catch (IOException e) {
            throw new DibsException("cannot read targetsFile " + Printable.escape(file.toString()) + ": " + e.getMessage(), e);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(real, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DibsException("cannot read targetsFile " + Printable.escape(file.toString()) + ": " + e.getMessage(), e);
        }
        List<Listed> listed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String source = "targetsFile " + file.getFileName() + " line " + (i + 1);
            String[] words = line.split("\\s+");
            String serverId = null;
            for (int w = 1; w < words.length; w++) {
                if (words[w].startsWith("serverId=") && serverId == null && words[w].length() > "serverId=".length()) {
                    serverId = words[w].substring("serverId=".length());
                } else {
                    // the word is not quoted: a password with a space in the URL before it would go on in it
                    throw new DibsException(source + ": word " + (w + 1) + " (after the URL) is not understood: a line is"
                            + " a JDBC URL, optionally followed by serverId=<settings.xml server>; a JDBC URL holds no spaces.");
                }
            }
            listed.add(checked(new Listed(words[0], serverId, source)));
        }
        return listed;
    }

    /**
     * The targets a {@code targetsQuery} returns, run on {@code database} in a read-only transaction:
     * a column {@code url} (or the first column) holding JDBC URLs. The rows decide where the
     * credentials of {@code url} are sent, so they may not choose other credentials (no
     * {@code server_id} column) nor weaken the connection (see {@link #checked}).
     */
    public static List<Listed> fromQuery(ConnectionInfo database, String sql) {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (Statement s = c.createStatement()) {
                s.setQueryTimeout(QUERY_SECONDS);
                s.setEscapeProcessing(false);
                try (ResultSet rs = s.executeQuery(sql)) {
                    ResultSetMetaData md = rs.getMetaData();
                    int urlColumn = 1;
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        String label = md.getColumnLabel(i).toLowerCase(Locale.ROOT);
                        if (label.equals("url")) {
                            urlColumn = i;
                        } else if (label.equals("server_id")) {
                            // the rows of a table would choose which settings.xml secret goes to which host
                            throw new DibsException("targetsQuery returns a column server_id: a query's rows may not choose"
                                    + " settings.xml credentials. Its targets use the credentials of url (user, password,"
                                    + " serverId); list targets with their own serverId in a targetsFile instead.");
                        }
                    }
                    List<Listed> listed = new ArrayList<>();
                    int row = 0;
                    while (rs.next()) {
                        row++;
                        String url = rs.getString(urlColumn);
                        String source = "targetsQuery row " + row;
                        if (url == null || url.isBlank()) {
                            throw new DibsException(source + " has no URL: the query must return a JDBC URL in its column url"
                                    + " (or its first column) on every row.");
                        }
                        listed.add(checked(new Listed(url.trim(), null, source)));
                    }
                    return listed;
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new DibsException("targetsQuery failed on " + database.describe() + ": " + ServerErrors.said(e, database)
                    + ". It runs read-only and must return a column url of JDBC URLs.", e);
        }
    }

    /**
     * The schemas of {@code database} that {@code patterns} name: exact names, or globs with
     * {@code *} (any characters) and {@code ?} (one character). A name that matches nothing, a glob
     * that matches nothing and a match among {@code otherSchemas} (the managed schemas that stay
     * shared) are errors.
     */
    public static List<String> tenantSchemas(ConnectionInfo database, List<String> patterns, List<String> otherSchemas) {
        List<String> likes = new ArrayList<>();
        for (String p : patterns) {
            String pattern = p.trim();
            if (!TENANT_PATTERN.matcher(pattern).matches()) {
                throw new DibsException("tenantSchemas \"" + Printable.escape(pattern) + "\" is not a schema name or glob: use"
                        + " letters, digits, _ $ -, and * (any characters) or ? (one character), e.g. tenant_*.");
            }
            likes.add(like(pattern));
        }
        Set<String> found = new LinkedHashSet<>();
        try (Connection c = database.connect();
             PreparedStatement ps = c.prepareStatement(SqlResources.load(FleetTargets.class, "tenant-schemas"))) {
            for (int i = 0; i < patterns.size(); i++) {
                Array array = c.createArrayOf("text", new Object[] {likes.get(i)});
                ps.setArray(1, array);
                List<String> matched = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        matched.add(rs.getString(1));
                    }
                }
                if (matched.isEmpty()) {
                    throw new DibsException("tenantSchemas \"" + patterns.get(i).trim() + "\" matches no schema in "
                            + database.describe() + ": create the tenant schemas first (dibs migrates them, it does not decide"
                            + " which tenants exist), or correct the name.");
                }
                found.addAll(matched);
            }
        } catch (SQLException e) {
            throw new DibsException("cannot list the tenant schemas of " + database.describe() + ": " + ServerErrors.said(e, database), e);
        }
        List<String> shared = found.stream().filter(otherSchemas::contains).toList();
        if (!shared.isEmpty()) {
            throw new DibsException("tenantSchemas matches " + String.join(", ", shared) + ", which schemas also lists as shared by"
                    + " every tenant: narrow the pattern (e.g. tenant_*), or take the schema out of schemas.");
        }
        return List.copyOf(found);
    }

    /** A glob as a LIKE pattern: {@code %} and {@code _} (and the escape) taken literally, {@code *} and {@code ?} as wildcards. */
    static String like(String glob) {
        StringBuilder like = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            switch (ch) {
                case '*' -> like.append('%');
                case '?' -> like.append('_');
                case '%', '_', '\\' -> like.append('\\').append(ch);
                default -> like.append(ch);
            }
        }
        return like.toString();
    }

    /**
     * The driver parameters a listed target may carry: where it is reached and as whom, never how
     * the connection is secured or made (a list can come from a pull request or a table, and must not
     * turn off TLS checks or load a class on the way to a server that receives the credentials).
     */
    private static final Set<String> PARAMETERS = Set.of("user", "password", "sslmode", "connecttimeout", "sockettimeout",
            "logintimeout", "applicationname", "targetservertype");

    /** {@code sslmode} values that keep TLS on. */
    private static final Set<String> SSL_MODES = Set.of("require", "verify-ca", "verify-full");

    /** A settings.xml server id as a file line may name it. */
    private static final Pattern SERVER_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private static Listed checked(Listed listed) {
        String url = listed.url();
        String shown = Printable.escape(JdbcUrls.mask(url));
        if (!JdbcUrls.isPostgresUrl(url) || url.chars().anyMatch(Character::isWhitespace)) {
            throw new DibsException(listed.source() + ": \"" + shown + "\" is not a PostgreSQL JDBC URL: write"
                    + " jdbc:postgresql://host:5432/database.");
        }
        if (JdbcUrls.hasUserInfo(url)) {
            throw new DibsException(listed.source() + ": \"" + shown + "\" has a user or password before the host"
                    + " (user:password@host), which the PostgreSQL driver does not read: give the credentials as for url.");
        }
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                String value = pair.contains("=") ? pair.substring(pair.indexOf('=') + 1) : "";
                String key = name.toLowerCase(Locale.ROOT);
                if (!PARAMETERS.contains(key) || key.equals("sslmode") && !SSL_MODES.contains(value.toLowerCase(Locale.ROOT))) {
                    throw new DibsException(listed.source() + ": the parameter " + Printable.escape(name) + (key.equals("sslmode")
                            ? "=" + Printable.escape(value) : "") + " is not accepted in a fleet's list: a target may give "
                            + "user, password, sslmode (require, verify-ca or verify-full), connectTimeout, socketTimeout,"
                            + " loginTimeout, ApplicationName and targetServerType; set other driver settings on url.");
                }
            }
        }
        if (listed.serverId() != null && !SERVER_ID.matcher(listed.serverId()).matches()) {
            throw new DibsException(listed.source() + ": serverId \"" + Printable.escape(listed.serverId()) + "\" is not a"
                    + " settings.xml server id (letters, digits, . _ -).");
        }
        return listed;
    }
}
