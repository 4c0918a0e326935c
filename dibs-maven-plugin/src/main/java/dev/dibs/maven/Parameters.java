package dev.dibs.maven;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.DibsException;
import dev.dibs.engine.migrate.MigrationDiscovery;
import dev.dibs.engine.postgres.EmbeddedBinaries;
import dev.dibs.engine.postgres.JdbcUrls;
import dev.dibs.engine.plan.Hazard;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Settings;

/**
 * Checks a goal's parameters before it loads, connects to or writes anything. A wrong value used to
 * surface late and far from its cause (a {@code lockTimeout} blamed on the first migration, a
 * {@code migrationsPackage} turned into a path outside the project); here each one becomes a line
 * naming the parameter, what is wrong and a value that works, and all of them are reported at once.
 * A parameter that is not set ({@code null}) is not checked: the goal's default applies.
 */
final class Parameters {

    /** A whole number with one of the units PostgreSQL reads for {@code lock_timeout}; none means milliseconds. */
    private static final Pattern PG_DURATION = Pattern.compile("\\s*(\\d+)\\s*(us|ms|s|min|h|d)?\\s*");

    /** PostgreSQL keeps {@code lock_timeout} in an int of milliseconds. */
    private static final long PG_MAX_MILLIS = Integer.MAX_VALUE;

    /** The migration id's name part; it becomes part of a Java class name and of a file name. */
    private static final Pattern MIGRATION_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private static final int MAX_MIGRATION_NAME = 100;

    private static final int MAX_IDENTIFIER_BYTES = 63;

    private final List<String> problems = new ArrayList<>();

    /** The problems found so far, one line each. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** A problem a goal found in its own parameters, said as it should be read. */
    Parameters problem(String text) {
        problems.add(text);
        return this;
    }

    /**
     * Fails the goal, before it does anything, when any parameter is wrong: each problem one line,
     * whatever the value it quotes holds (from a pom, the command line or the environment).
     */
    void check() throws MojoFailureException {
        List<String> lines = problems.stream().map(Printable::escape).toList();
        if (lines.size() == 1) {
            throw new MojoFailureException(lines.get(0));
        }
        if (!lines.isEmpty()) {
            throw new MojoFailureException(lines.size() + " dibs parameters are wrong; nothing ran:\n  " + String.join("\n  ", lines));
        }
    }

    /** A JDBC URL ({@code url}, {@code referenceUrl}, the {@code DIBS_DATABASE_URL} variable); blank is not set. */
    Parameters jdbcUrl(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        String example = "write e.g. jdbc:postgresql://localhost:5432/app";
        String shown = JdbcUrls.mask(value);
        if (!value.equals(value.trim()) || value.chars().anyMatch(Character::isWhitespace)) {
            problems.add(parameter + " = \"" + shown + "\" contains spaces: a JDBC URL has none; " + example);
        } else if (JdbcUrls.hasUserInfo(value)) {
            // before the port check: the port of //user:secret@host would be "secret@host"
            problems.add(parameter + " = \"" + shown + "\" has a user or password before the host (user:password@host), which"
                    + " the PostgreSQL driver does not read: give them as the user and password parameters, or serverId");
        } else if (!JdbcUrls.isPostgresUrl(value)) {
            problems.add(parameter + " = \"" + shown + "\" is not a PostgreSQL JDBC URL: " + example);
        } else {
            String badPort = badPort(value);
            if (badPort != null) {
                // the port itself is not quoted: what reads as one may be part of a mistyped password
                problems.add(parameter + " = \"" + shown + "\" has a port that is not a number from 1 to 65535; " + example);
            }
        }
        return this;
    }

    /** The first port of the URL's host list that is not a number from 1 to 65535, or null. */
    private static String badPort(String url) {
        String rest = url.substring("jdbc:postgresql://".length());
        int end = rest.length();
        for (char stop : new char[] {'/', '?'}) {
            int at = rest.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        for (String host : rest.substring(0, end).split(",")) {
            String afterAddress = host.contains("]") ? host.substring(host.lastIndexOf(']') + 1) : host;
            int colon = afterAddress.lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            String port = afterAddress.substring(colon + 1);
            if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                return port;
            }
        }
        return null;
    }

    /** A {@code settings.xml} server id: it must name a server there. */
    /**
     * The fleet parameters: only on the goals that work on a fleet, and each in range.
     *
     * @param goal     the goal, when it does not work on fleets; null when it does
     * @param given    the fleet parameters that are set (targets, targetsFile, targetsQuery, tenantSchemas)
     */
    Parameters fleet(String goal, List<String> given, int parallelism, int canary, String failure) {
        if (given.isEmpty()) {
            return this;
        }
        if (goal != null) {
            problems.add(String.join(", ", given) + (given.size() == 1 ? " is" : " are") + " for dibs:migrate, dibs:status and"
                    + " dibs:diff, which work on a fleet; dibs:" + goal + " works on one database (url): remove "
                    + (given.size() == 1 ? "it" : "them") + " from this goal's configuration");
            return this;
        }
        if (parallelism < 1 || parallelism > 256) {
            problems.add("fleetParallelism = " + parallelism + ": give how many targets run at once on each server, 1 to 256"
                    + " (default 4)");
        }
        if (canary < 0) {
            problems.add("fleetCanary = " + canary + ": give 0 (no canary) or how many targets to migrate first, alone");
        }
        String f = failure == null ? "stop" : failure.trim();
        if (!f.equals("stop") && !f.equals("continue")) {
            problems.add("fleetFailure = \"" + dev.dibs.engine.naming.Printable.escape(failure) + "\": write stop (launch no new"
                    + " target after a failure, the default) or continue");
        }
        return this;
    }

    Parameters serverId(String parameter, String id, Settings settings) {
        if (id != null && !id.isBlank() && settings != null && settings.getServer(id) == null) {
            problems.add(parameter + " = \"" + id + "\" names no <server> in settings.xml: add <server><id>" + id
                    + "</id><username>…</username><password>…</password></server>");
        }
        return this;
    }

    /** {@code lockTimeout}: PostgreSQL reads it as {@code lock_timeout} (bound through set_config), so it must be PostgreSQL's syntax. */
    Parameters lockTimeout(String value) {
        if (value == null) {
            return this;
        }
        String example = "write a whole number and a unit (us, ms, s, min, h, d), e.g. 10s, 500ms, 1min, or 0 for no limit";
        Matcher m = PG_DURATION.matcher(value);
        if (!m.matches()) {
            String minutes = value.trim().matches("\\d+\\s*m") ? " (PostgreSQL writes minutes as min: "
                    + value.trim().replaceAll("\\s*m$", "") + "min)" : "";
            problems.add("lockTimeout = \"" + value + "\" is not a PostgreSQL duration" + minutes + ": " + example);
            return this;
        }
        String unit = m.group(2) == null ? "ms" : m.group(2);
        long perUnit = switch (unit) {
            case "us", "ms" -> 1;
            case "s" -> 1_000;
            case "min" -> 60_000;
            case "h" -> 3_600_000;
            default -> 86_400_000;
        };
        String digits = m.group(1);
        boolean tooLong = digits.length() > 12 || Long.parseLong(digits) * perUnit > PG_MAX_MILLIS * (unit.equals("us") ? 1000 : 1);
        if (tooLong) {
            problems.add("lockTimeout = \"" + value + "\" is longer than PostgreSQL allows (2147483647ms, about 24 days): "
                    + "write e.g. 10s, or 0 for no limit");
        }
        return this;
    }

    /** A duration dibs itself waits for ({@code migrationLockWait}), as {@link Durations} reads it. */
    Parameters duration(String parameter, String value) {
        if (value == null) {
            return this;
        }
        try {
            if (Durations.parse(value, parameter).isNegative()) {
                problems.add(parameter + " = \"" + value + "\" is negative: write e.g. 10m, or 0s not to wait");
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        return this;
    }

    /** {@code embeddedVersion}: a major from 14 to 18 or an exact release, for this machine's platform. */
    Parameters embeddedVersion(String value) {
        try {
            EmbeddedBinaries.forThisMachine(value);
        } catch (DibsException e) {
            problems.add(e.getMessage());
        }
        return this;
    }

    /** {@code flywayTable}: Flyway's history table, {@code table} or {@code schema.table}. */
    Parameters flywayTable(String value) {
        if (value != null) {
            try {
                dev.dibs.engine.migrate.FlywayHistory.location(value, List.of("public"));
            } catch (DibsException e) {
                problems.add(e.getMessage());
            }
        }
        return this;
    }

    /** {@code checkDatabase}: the throwaway server {@code check} and {@code generate} replay on. */
    Parameters checkDatabase(String value) {
        if (value == null || value.isBlank() || value.trim().equals("embedded")) {
            return this;
        }
        String spec = value.trim();
        String forms = ": write embedded, docker:IMAGE (e.g. docker:postgres:17) or a JDBC URL"
                + " (e.g. jdbc:postgresql://localhost:5432/postgres), on whose server dibs creates a scratch database";
        if (spec.startsWith("docker:")) {
            String image = spec.substring("docker:".length());
            if (image.isBlank() || image.chars().anyMatch(Character::isWhitespace)) {
                problems.add("checkDatabase = \"" + value + "\" names no Docker image" + forms);
            }
        } else if (spec.startsWith("jdbc:")) {
            jdbcUrl("checkDatabase", spec);
        } else {
            problems.add("checkDatabase = \"" + JdbcUrls.mask(value) + "\" is not a database to replay on" + forms);
        }
        return this;
    }

    /**
     * {@code schemas}: names dibs quotes itself, so any PostgreSQL name works, but not quotes, dots
     * (a schema, not a table), the reserved {@code pg_} prefix, more than 63 bytes or the same name twice.
     */
    Parameters schemas(List<String> values) {
        if (values == null) {
            return this;
        }
        Set<String> seen = new HashSet<>();
        for (String raw : values) {
            String name = raw == null ? "" : raw.trim();
            if (name.isEmpty()) {
                continue;
            }
            String wrong = schemaProblem(name);
            if (wrong != null) {
                problems.add("schemas lists \"" + name + "\", " + wrong);
            } else if (!seen.add(name)) {
                problems.add("schemas lists \"" + name + "\" twice: name each schema once, e.g. public,billing");
            }
        }
        return this;
    }

    private static String schemaProblem(String name) {
        if (name.contains("\"")) {
            return "with quotes: write the name without them (dibs quotes names itself), e.g. " + name.replace("\"", "");
        }
        if (name.contains(".")) {
            return "which has a dot: a schema name is one name, e.g. billing (not billing.invoices)";
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "which has a control character: write a plain name, e.g. billing";
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
            return "which is longer than PostgreSQL's 63 bytes: choose a shorter name";
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("pg_") || name.equals("information_schema")) {
            return "a system schema PostgreSQL reserves: name your own schemas, e.g. public,billing";
        }
        return null;
    }

    /** {@code packages}: Java package names; each includes its sub-packages. */
    /** {@code flywayLocations}: class-path folders, as the engine reads them; blanks are dropped. */
    Parameters flywayLocations(List<String> values) {
        if (values != null) {
            problems.addAll(MigrationDiscovery.flywayLocationProblems(values.stream().map(v -> v == null ? "" : v.trim())
                    .filter(v -> !v.isEmpty()).toList()));
        }
        return this;
    }

    Parameters packages(List<String> values) {
        if (values == null) {
            return this;
        }
        for (String raw : values) {
            String name = raw == null ? "" : raw.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (name.endsWith(".*") || name.endsWith(".**")) {
                problems.add("packages lists \"" + name + "\": a package already includes its sub-packages, write "
                        + name.substring(0, name.indexOf(".*")));
            } else if (!SourceVersion.isName(name)) {
                problems.add("packages lists \"" + name + "\", which is not a Java package name: write dot-separated Java"
                        + " identifiers that are not keywords, e.g. com.acme.schema");
            }
        }
        return this;
    }

    /** {@code migrationsPackage} of {@code generate}: required, and a package a class can be written to and loaded from. */
    Parameters migrationsPackage(String value) {
        if (value == null || value.isBlank()) {
            problems.add("dibs:generate needs the package to write migrations into: set <migrationsPackage> in the"
                    + " plugin's configuration or -Ddibs.migrationsPackage=com.acme.migrations");
        } else if (!SourceVersion.isName(value.trim())) {
            problems.add("migrationsPackage = \"" + value + "\" is not a Java package name: write dot-separated Java"
                    + " identifiers that are not keywords, e.g. com.acme.migrations");
        } else if (value.trim().equals("java") || value.trim().startsWith("java.")) {
            problems.add("migrationsPackage = \"" + value + "\" is inside java, where the JVM loads no class of yours:"
                    + " write your own package, e.g. com.acme.migrations");
        }
        return this;
    }

    /**
     * {@code importPackage} of {@code import}: required, and a Java package (never a path: it becomes
     * the folder under {@code src/main/java} the records are written to).
     */
    Parameters importPackage(String value) {
        if (value == null || value.isBlank()) {
            problems.add("dibs:import needs the package to write the records and enums into:"
                    + " -Ddibs.importPackage=com.acme.db (or <importPackage> in the plugin's configuration)");
        } else if (!SourceVersion.isName(value.trim())) {
            problems.add("importPackage = \"" + value + "\" is not a Java package name: write dot-separated Java"
                    + " identifiers that are not keywords, e.g. com.acme.db");
        } else if (value.trim().equals("java") || value.trim().startsWith("java.")) {
            problems.add("importPackage = \"" + value + "\" is inside java, where the JVM loads no class of yours:"
                    + " write your own package, e.g. com.acme.db");
        }
        return this;
    }

    /** {@code name} of {@code generate}: the migration id's name, which also becomes the class and file name. */
    Parameters migrationName(String value) {
        if (value == null || value.isBlank()) {
            problems.add("dibs:generate needs a name for the migration: mvn dibs:generate -Ddibs.name=add_orders");
        } else if (!MIGRATION_NAME.matcher(value).matches()) {
            problems.add("name = \"" + value + "\" is not a migration name: write snake_case (lower-case letters, digits"
                    + " and _, starting with a letter), e.g. -Ddibs.name=add_orders");
        } else if (value.length() > MAX_MIGRATION_NAME) {
            problems.add("name = \"" + value.substring(0, 20) + "…\" is " + value.length() + " characters long; it becomes a"
                    + " file name: write at most " + MAX_MIGRATION_NAME + ", e.g. -Ddibs.name=add_orders");
        }
        return this;
    }

    /** {@code allowHazards}: hazard names, in any case. */
    Parameters hazards(List<String> values) {
        if (values == null) {
            return this;
        }
        List<String> known = Arrays.stream(Hazard.values()).map(Enum::name).toList();
        for (String raw : values) {
            String name = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
            if (!name.isEmpty() && !known.contains(name)) {
                problems.add("allowHazards lists \"" + raw.trim() + "\", which is not a hazard" + closest(name, known)
                        + ": the hazards are " + String.join(", ", known) + "; e.g. -Ddibs.allowHazards=DELETES_DATA");
            }
        }
        return this;
    }

    /** " (did you mean X?)" when one known name is close to {@code name}. */
    private static String closest(String name, List<String> known) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance.apply(name, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 4) ? " (did you mean " + best + "?)" : "";
    }
}
