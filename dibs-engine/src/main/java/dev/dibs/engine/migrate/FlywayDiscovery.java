package dev.dibs.engine.migrate;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SqlScript;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.Resource;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds Flyway-style SQL migrations ({@code V<version>__<description>.sql}) in the Flyway locations
 * of a class path, folders and jars alike, and in their sub-folders, as Flyway scans
 * {@code classpath:db/migration}. A name that is not a versioned migration's (a repeatable
 * {@code R__}, undo {@code U}, baseline {@code B}, a missing {@code __}), a Flyway script
 * configuration file ({@code .sql.conf}) and a file that is not UTF-8 are problems; files of other
 * kinds ({@code README.md}, Flyway Java migrations' classes) are left alone, as Flyway leaves them.
 */
final class FlywayDiscovery {

    /** Flyway's default location. */
    static final String DEFAULT_LOCATION = "db/migration";

    private FlywayDiscovery() {
    }

    /** The SQL migrations found, each checked; problems with names, locations and encodings go to {@code problems}. */
    static List<DiscoveredMigration> discover(List<Path> classpath, List<String> locations, List<Problem> problems) {
        List<String> paths = paths(locations, problems);
        if (paths.isEmpty()) {
            return List.of();
        }
        ClassGraph graph = new ClassGraph().overrideClasspath(classpath.stream().map(Path::toString).toList())
                .acceptPaths(paths.toArray(String[]::new));
        Map<String, DiscoveredMigration> byResource = new LinkedHashMap<>();
        try (ScanResult scan = graph.scan()) {
            for (Resource resource : scan.getAllResources()) {
                String path = resource.getPath();
                String fileName = path.substring(path.lastIndexOf('/') + 1);
                if (byResource.containsKey(path) || !inside(path, paths)) {
                    continue; // the same resource again, later on the class path: the first one is what a class loader gives
                }
                if (fileName.toLowerCase(Locale.ROOT).endsWith(".conf")) {
                    problems.add(new Problem(path, "is a Flyway script configuration file, which dibs does not read.",
                            "delete it: dibs runs a file outside a transaction when all its statements must run outside one"
                                    + " (as Flyway does by default), and has no other per-script settings."));
                    continue;
                }
                if (!FlywayName.isSql(fileName)) {
                    continue;
                }
                if (!path.equals(Printable.escape(path))) {
                    problems.add(new Problem(Printable.escape(path), "the file's name or folder holds a line break or another"
                            + " character that does not print: its version and description are shown in logs, reports and the"
                            + " history table, where they must read as what they are.", "rename it with printable characters."));
                    continue;
                }
                FlywayName name;
                try {
                    name = FlywayName.parse(fileName);
                } catch (FlywayName.Wrong e) {
                    problems.add(new Problem(path, e.getMessage(), e.fix()));
                    continue;
                }
                String text = utf8(resource, path, problems);
                if (text != null) {
                    byResource.put(path, migration(path, name, text));
                }
            }
        }
        return List.copyOf(byResource.values());
    }

    /** The locations as class-path folders ({@code db/migration}), each checked. */
    static List<String> paths(List<String> locations, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        for (String raw : locations) {
            String location = raw.trim();
            String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            path = path.replace('\\', '/').replaceAll("^/+|/+$", "");
            if (location.startsWith("filesystem:")) {
                problems.add(new Problem("flywayLocations", "\"" + location + "\" is a folder on disk; dibs reads migrations"
                        + " from the class path only, so that dibs:check and every environment run the same files.",
                        "move the files under src/main/resources/db/migration (or another folder there) and name that"
                                + " folder, e.g. classpath:db/migration."));
            } else if (path.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
                problems.add(new Problem("flywayLocations", "\"" + location + "\" has a prefix dibs does not know.",
                        "name a class-path folder, e.g. db/migration or classpath:db/migration."));
            } else if (path.isEmpty() || List.of(path.split("/")).contains("..")) {
                problems.add(new Problem("flywayLocations", "\"" + location + "\" names no folder inside the class path.",
                        "name a class-path folder, e.g. db/migration."));
            } else {
                out.add(path);
            }
        }
        return out;
    }

    private static boolean inside(String resourcePath, List<String> paths) {
        return paths.stream().anyMatch(p -> resourcePath.startsWith(p + "/"));
    }

    private static String utf8(Resource resource, String path, List<Problem> problems) {
        byte[] bytes;
        try {
            bytes = resource.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(path, "is not UTF-8 text, the encoding Flyway reads migrations in by default.",
                    "save it as UTF-8."));
            return null;
        }
    }

    private static DiscoveredMigration migration(String path, FlywayName name, String text) {
        // PostgreSQL does not skip a byte order mark; Flyway drops it too. It is on line 1, so no line moves.
        String sql = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<FlywayScript.Statement> statements = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        try {
            for (SqlScript.Piece piece : SqlScript.split(sql)) {
                statements.add(new FlywayScript.Statement(piece.line(), piece.sql()));
            }
        } catch (SqlScript.Unterminated e) {
            refusals.add("line " + e.line() + ": " + e.getMessage() + ", so the file cannot be split into statements.");
        }
        FlywayStatements.placeholders(sql, refusals);
        boolean transactional = FlywayStatements.transactional(statements, refusals);
        FlywayScript script = new FlywayScript(path, statements, refusals);
        return new DiscoveredMigration(name.id(), path, transactional, FlywayChecksum.stored(text), null,
                name.description(), script);
    }
}
