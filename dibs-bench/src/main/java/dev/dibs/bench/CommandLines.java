package dev.dibs.bench;

import dev.dibs.engine.postgres.ConnectionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole commands, as a user would type them: the machine's {@code mvn} (offline, batch, quiet) with the dibs
 * plugin as installed in the local repository, {@code pg_dump}, {@code apgdiff}, and a JVM for Liquibase.
 * Credentials travel in the settings file (Maven) or the environment (the others), never on a command line.
 */
final class CommandLines {

    static final String APGDIFF = "/usr/bin/apgdiff";
    static final String PG_DUMP = "/usr/bin/pg_dump";

    private final String version;
    private final Path repository;
    private final Path settings;
    private final Path mavenTmp;
    private final ConnectionInfo admin;

    private CommandLines(String version, Path repository, Path settings, Path mavenTmp, ConnectionInfo admin) {
        this.version = version;
        this.repository = repository;
        this.settings = settings;
        this.mavenTmp = mavenTmp;
        this.admin = admin;
    }

    /**
     * The plugin the commands use: version {@code dibs.bench.version} (set by the bench profile to the checkout's
     * version) from {@code dibs.bench.localRepository} (Maven's local repository); fails with one message saying
     * how to install it when it is not there.
     */
    static String pluginVersion() {
        String v = System.getProperty("dibs.bench.version");
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("the whole-command measures need -Ddibs.bench.version=<dibs version> (the bench"
                    + " profile sets it); or skip them with --skip=commands");
        }
        return v;
    }

    static Path repository() {
        String r = System.getProperty("dibs.bench.localRepository");
        return r == null || r.isBlank() ? Path.of(System.getProperty("user.home"), ".m2", "repository") : Path.of(r);
    }

    /** The installed plugin jar, checked; its path and time for the report. */
    static String installedPlugin(Path repository, String version) throws IOException {
        List<String> missing = new ArrayList<>();
        Path plugin = null;
        for (String artifact : List.of("dibs-maven-plugin", "dibs-engine", "dibs-api")) {
            Path jar = repository.resolve("dev/dibs/" + artifact + "/" + version + "/" + artifact + "-" + version + ".jar");
            if (!Files.isRegularFile(jar)) {
                missing.add(artifact);
            } else if (plugin == null) {
                plugin = jar;
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the whole-command measures run `mvn dibs:...` with the plugin installed in "
                    + repository + ", where dibs " + version + " is not installed (no " + String.join(", ", missing)
                    + " jar). Install it first from the checkout: mvn -B install -DskipTests -Dinvoker.skip (or skip these"
                    + " measures: --skip=commands)");
        }
        FileTime when = Files.getLastModifiedTime(plugin);
        String installed = "dibs-maven-plugin " + version + " from " + plugin + " (installed "
                + when.toString().substring(0, 16).replace('T', ' ') + " UTC)";
        Path newer = newerSource(when);
        return newer == null ? installed : installed + "; the checkout's " + newer + " was written after that install:"
                + " if the commands should run this checkout's code, install it again";
    }

    /** A main source file of the checkout's plugin, engine or API changed after {@code installed}, or null. */
    private static Path newerSource(FileTime installed) throws IOException {
        Path checkout = CommandProjects.quickstart().getParent().getParent();
        for (String module : List.of("dibs-maven-plugin", "dibs-engine", "dibs-api")) {
            Path src = checkout.resolve(module).resolve("src/main");
            if (!Files.isDirectory(src)) {
                continue;
            }
            try (var files = Files.walk(src)) {
                var found = files.filter(Files::isRegularFile).filter(f -> {
                    try {
                        return Files.getLastModifiedTime(f).compareTo(installed) > 0;
                    } catch (IOException e) {
                        return false;
                    }
                }).findFirst();
                if (found.isPresent()) {
                    return checkout.relativize(found.get());
                }
            }
        }
        return null;
    }

    static CommandLines of(String version, Path repository, Path settings, Path mavenTmp, ConnectionInfo admin) {
        return new CommandLines(version, repository, settings, mavenTmp, admin);
    }

    /** The same command lines with another private java.io.tmpdir (so another embedded PostgreSQL state). */
    CommandLines withTmp(Path otherTmp) {
        return new CommandLines(version, repository, settings, otherTmp, admin);
    }

    /** {@code mvn -o -B -q <args>} in {@code project}, its java.io.tmpdir the bench's private one. */
    Launcher.Command mvn(Path project, String... args) {
        List<String> line = new ArrayList<>(List.of("mvn", "-o", "-B", "-q", "-gs", settings.toString(),
                "-Dmaven.repo.local=" + repository));
        line.addAll(List.of(args));
        String opts = System.getenv().getOrDefault("MAVEN_OPTS", "");
        return new Launcher.Command(line, project, Map.of("MAVEN_OPTS", (opts + " -Djava.io.tmpdir=" + mavenTmp).trim()), null);
    }

    /** A dibs goal, by full coordinates (so the installed version is the one used, whatever the pom says). */
    String goal(String goal) {
        return "dev.dibs:dibs-maven-plugin:" + version + ":" + goal;
    }

    /** The parameters naming {@code db} through the settings file's server. */
    static String[] url(String prefix, ConnectionInfo db) {
        String url = prefix.isEmpty() ? "url" : prefix + "Url";
        String server = prefix.isEmpty() ? "serverId" : prefix + "ServerId";
        return new String[] {"-Ddibs." + url + "=" + db.url(), "-Ddibs." + server + "=" + CommandProjects.SERVER_ID};
    }

    static String[] concat(String[]... parts) {
        List<String> all = new ArrayList<>();
        for (String[] p : parts) {
            all.addAll(List.of(p));
        }
        return all.toArray(String[]::new);
    }

    /** {@code pg_dump -s} of {@code db} into {@code file}. */
    Launcher.Command pgDump(ConnectionInfo db, Path file, Path dir) {
        String[] hostPort = db.url().replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "").split(":");
        return new Launcher.Command(List.of(PG_DUMP, "-s", "--no-owner", "--no-privileges", "-h", hostPort[0], "-p",
                hostPort.length > 1 ? hostPort[1] : "5432", "-U", admin.user(), "-f", file.toString(), db.database()), dir,
                Map.of("PGPASSWORD", admin.password()), null);
    }

    /** {@code apgdiff a b}: the SQL that makes {@code a} what {@code b} is, into {@code out}. */
    static Launcher.Command apgdiff(Path a, Path b, Path out, Path dir) {
        return new Launcher.Command(List.of(APGDIFF, a.toString(), b.toString()), dir).toFile(out);
    }

    /** Liquibase's diff of {@code target} against {@code reference} ({@link LiquibaseDiff}) in its own JVM. */
    Launcher.Command liquibase(ConnectionInfo target, ConnectionInfo reference, Path output, String mode, Path dir) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new Launcher.Command(List.of(java.toString(), "-Xss512m", "-cp", System.getProperty("java.class.path"),
                LiquibaseDiff.class.getName(), output.toString(), mode), dir, Map.of("BENCH_TARGET_URL", target.url(),
                "BENCH_REFERENCE_URL", reference.url(), "BENCH_USER", admin.user(), "BENCH_PASSWORD", admin.password()), null);
    }

    /** The first line a tool prints for {@code --version}, or {@code fallback}. */
    static String versionOf(Path dir, String fallback, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            String first = out.lines().findFirst().orElse("").replaceAll("\\p{Cntrl}*\\[[0-9;]*m", "").trim();
            return p.exitValue() == 0 && !first.isEmpty() ? first : fallback;
        } catch (IOException e) {
            return fallback;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        }
    }
}
