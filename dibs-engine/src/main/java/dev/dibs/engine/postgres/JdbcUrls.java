package dev.dibs.engine.postgres;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small, dependency-free helpers for PostgreSQL JDBC URLs of the form
 * {@code jdbc:postgresql://host[:port][,host2...]/database[?key=value&...]}.
 *
 * <p>Credentials are the reason this class exists: users put {@code user} and {@code password}
 * into URLs, and dibs must never echo a password back in a log line, report or exception.
 */
public final class JdbcUrls {
    private static final String PREFIX = "jdbc:postgresql://";

    /** Host part, optional database path, optional query; the query is kept verbatim. */
    private static final Pattern URL = Pattern.compile(
            "^(jdbc:postgresql://[^/?]*)(?:/([^?]*))?(?:\\?(.*))?$", Pattern.CASE_INSENSITIVE);

    /**
     * A secret parameter ({@code password=}, {@code sslpassword=}, {@code api_token=}, …) anywhere in
     * a text, whatever precedes it: a URL's {@code ?}, {@code &} or {@code ;}, but also a space or the
     * text's start (a URL given with spaces, {@code ?user=app password=x}, is refused with what was
     * given quoted, and a targets file's line may be anything), with spaces around {@code =} too.
     * Its value is hidden up to the next {@code &} (the driver's only separator: a {@code ;} or a space
     * may be part of it).
     */
    private static final Pattern SECRET_PARAM = Pattern.compile(
            "(?i)([^=&;?/\\s]*(?:password|secret|token)[^=&;?/\\s]*\\s*=\\s*)[^&]*");

    /** {@code //user:secret@host}: pgjdbc does not read it (it takes all of it for the host), but users type it anyway. */
    private static final Pattern USER_INFO = Pattern.compile("(//)[^?\\s]*@");

    /** Characters that may hide a second parameter in a user name ({@code user=app;password=x}). */
    private static final String UNSAFE_IN_USER = ";&=:@";

    private JdbcUrls() {
    }

    /**
     * Returns {@code url} with every password replaced by {@code ***}, safe for any message.
     * Works on malformed URLs too, because error messages are where malformed URLs show up.
     */
    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        String masked = SECRET_PARAM.matcher(url).replaceAll("$1***");
        int userInfoEnd = greedyUserInfoEnd(masked);
        if (userInfoEnd >= 0) { // a password holding ?, a space or # still ends at its @
            int start = masked.indexOf("//") + 2;
            return masked.substring(0, start) + "***" + masked.substring(userInfoEnd);
        }
        return USER_INFO.matcher(masked).replaceAll("$1***@");
    }

    /**
     * Where the user information of {@code text} ends (its last {@code @} after {@code //} and before
     * any {@code =}: a parameter's value may hold an {@code @}, as Azure's {@code user=app@server}),
     * or -1 when it has none. Whatever a password holds — {@code ?}, a space, {@code /} — it ends there.
     */
    private static int greedyUserInfoEnd(String text) {
        int start = text.indexOf("//");
        if (start < 0) {
            return -1;
        }
        int eq = text.indexOf('=', start);
        int at = (eq < 0 ? text : text.substring(0, eq)).lastIndexOf('@');
        return at > start + 1 ? at : -1;
    }

    /**
     * What dibs prints of a URL: {@code jdbc:postgresql://host:port/database}, without user
     * information or parameters, any of which may hold a secret.
     */
    public static String printable(String url) {
        String withoutUser = withoutUserInfo(url);
        if (!isPostgresUrl(withoutUser)) {
            return mask(withoutUser);
        }
        Parts parts = parts(withoutUser);
        return parts.hosts() + "/" + parts.database();
    }

    /** {@code url} without anything up to the last {@code @} before its query (user, password, even one holding / or @). */
    private static String withoutUserInfo(String url) {
        if (url == null || !url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return url;
        }
        int greedy = greedyUserInfoEnd(url);
        if (greedy >= 0) { // a password holding ? or a space ends at its @ too
            return PREFIX + url.substring(greedy + 1);
        }
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        int at = (query < 0 ? rest : rest.substring(0, query)).lastIndexOf('@');
        return at < 0 ? url : PREFIX + rest.substring(at + 1);
    }

    /** The user as dibs may print it: hidden when it could carry a parameter ({@code app;password=x}). */
    public static String printableUser(String user) {
        if (user == null) {
            return null;
        }
        for (char c : UNSAFE_IN_USER.toCharArray()) {
            if (user.indexOf(c) >= 0) {
                return "(user hidden)";
            }
        }
        return dev.dibs.engine.naming.Printable.escape(user);
    }

    /** Whether the URL has user information before the host ({@code //user:password@host} or {@code //user@host}). */
    public static boolean hasUserInfo(String url) {
        // Any @ before the query: a password holding / would otherwise read as host u:p, database p@host.
        return url != null && !url.equals(withoutUserInfo(url));
    }

    /** Whether a query parameter holds a secret: its name says password, secret or token. */
    static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret") || lower.contains("token");
    }

    /** The secret parameters of the URL other than {@code password}, by name as written, decoded. */
    static Map<String, String> secretParameters(String url) {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String pair : parts(url).query()) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (isSecret(name) && !name.equalsIgnoreCase("password")) {
                secrets.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return secrets;
    }

    /** Whether {@code url} has the {@code jdbc:postgresql://host/...} shape these helpers understand. */
    public static boolean isPostgresUrl(String url) {
        return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                && URL.matcher(url).matches();
    }

    /** The decoded value of query parameter {@code key} (case-insensitive key), if present. */
    static Optional<String> queryParameter(String url, String key) {
        for (String pair : parts(url).query()) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (name.equalsIgnoreCase(key)) {
                return Optional.of(eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }

    /** Passed to {@link #withoutParameters}: every secret parameter. */
    static final String SECRETS = "*secrets*";

    /** {@code url} without the given (lower-case) query parameters; the other parameters keep their order. */
    static String withoutParameters(String url, String... keys) {
        Parts parts = parts(url);
        List<String> kept = new ArrayList<>();
        for (String pair : parts.query()) {
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!List.of(keys).contains(name) && !(isSecret(name) && List.of(keys).contains(SECRETS))) {
                kept.add(pair);
            }
        }
        return new Parts(parts.hosts(), parts.database(), kept).toString();
    }

    /** The decoded database name of the URL's path; empty when the URL names none. */
    static String database(String url) {
        return decode(parts(url).database());
    }

    /**
     * The server of a URL, {@code host:port} ({@code :5432} when the URL gives no port; a
     * multi-host URL's whole host list): what a fleet counts its connections against.
     */
    public static String server(String url) {
        String hosts = parts(url).hosts().substring(PREFIX.length()).toLowerCase(java.util.Locale.ROOT);
        if (hosts.isEmpty()) {
            return "localhost:5432";
        }
        return hosts.contains(",") || hosts.matches(".*:\\d+$") ? hosts : hosts + ":5432";
    }

    /** {@code url} pointing at another database on the same server, with the same parameters. */
    static String withDatabase(String url, String database) {
        Parts parts = parts(url);
        String encoded = URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
        return new Parts(parts.hosts(), encoded, parts.query()).toString();
    }

    private static Parts parts(String url) {
        Matcher m = url == null ? null : URL.matcher(url);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + mask(url)
                    + " (expected jdbc:postgresql://host:port/database)");
        }
        List<String> query = new ArrayList<>();
        if (m.group(3) != null) {
            for (String pair : m.group(3).split("&")) {
                if (!pair.isEmpty()) {
                    query.add(pair);
                }
            }
        }
        return new Parts(m.group(1), m.group(2) == null ? "" : m.group(2), List.copyOf(query));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** A URL split into its host part, raw (still encoded) database and raw query pairs. */
    private record Parts(String hosts, String database, List<String> query) {
        @Override
        public String toString() {
            String base = hosts + "/" + database;
            return query.isEmpty() ? base : base + "?" + String.join("&", query);
        }
    }
}
