package dev.dibs.engine.plan;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One plan case: a folder {@code plan-cases/<kind>/<case>/} holding the state before
 * ({@code before.sql} or {@code before.java}, none for an empty database), the desired state
 * ({@code after.sql}, {@code after.java}, or both: the SQL then runs after the Java tables are
 * built, as SQL files are), the expected {@code plan.sql} and {@code changes.txt},
 * and optionally {@code options.properties} (the {@link PlanOptions}) and {@code checks.sql}
 * (queries run after the plan, with the rows they must return).
 */
record PlanCase(String name, Path dir) {

    /** Separates the top-level types of a {@code .java} file: each compiles as a file of its own. */
    static final String NEXT_TYPE = "// ----";

    /**
     * The source folder, not the copy on the test classpath: regeneration writes there, and a
     * case edited since the last build runs as edited.
     */
    static final Path ROOT = Path.of("src", "test", "resources", "plan-cases");

    /** Every file a case may hold: any other (a misspelt name) fails the case rather than being ignored. */
    static final Set<String> FILES = Set.of("before.sql", "before.java", "after.sql", "after.java", "plan.sql", "changes.txt",
            "options.properties", "checks.sql");

    /**
     * {@code plan.14.sql}: the plan expected on that major when PostgreSQL prints its definitions
     * differently there (14 and 15 qualify a view's columns with their table), see {@link PlanCasesTest}.
     */
    static final java.util.regex.Pattern OTHER_MAJOR_PLAN = java.util.regex.Pattern.compile("plan\\.1[0-9]\\.sql");

    static final String MINIMUM_VERSION = "minimumVersion";

    /** The keys {@code options.properties} may hold: the {@link PlanOptions}, and the oldest major the case needs. */
    static final Set<String> OPTIONS = Set.of("validateSeparately", "concurrentIndexes", MINIMUM_VERSION);

    static Stream<PlanCase> all() {
        if (!Files.isDirectory(ROOT)) {
            throw new IllegalStateException("no plan cases at " + ROOT.toAbsolutePath() + ": run the tests from the dibs-engine folder");
        }
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<PlanCase> cases = files.filter(p -> p.getFileName().toString().startsWith("after."))
                    .map(Path::getParent).distinct().sorted()
                    .map(d -> new PlanCase(ROOT.relativize(d).toString().replace('\\', '/'), d)).toList();
            return cases.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanCase named(String name) {
        return all().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no plan case " + name + " under " + ROOT));
    }

    /** Refuses a file this folder should not hold. */
    void checkFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> unknown = files.map(p -> p.getFileName().toString()).filter(n -> !FILES.contains(n))
                    .filter(n -> !OTHER_MAJOR_PLAN.matcher(n).matches()).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new IllegalStateException(name + " holds files a plan case does not have: " + unknown + " (known: "
                        + new java.util.TreeSet<>(FILES) + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<String> file(String fileName) {
        Path p = dir.resolve(fileName);
        try {
            return Files.exists(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The types of a {@code .java} file, split at {@link #NEXT_TYPE} lines. */
    static String[] types(String javaFile) {
        return Arrays.stream(javaFile.split("(?m)^" + NEXT_TYPE + ".*$")).map(String::strip).filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }

    PlanOptions options() {
        Properties p = properties();
        PlanOptions d = PlanOptions.defaults();
        return new PlanOptions(Boolean.parseBoolean(p.getProperty("validateSeparately", "" + d.validateSeparately())),
                Boolean.parseBoolean(p.getProperty("concurrentIndexes", "" + d.concurrentIndexes())));
    }

    /**
     * The oldest PostgreSQL major the case can run on ({@code minimumVersion} in
     * {@code options.properties}, for a feature that major added, e.g. 15 for {@code NULLS NOT DISTINCT});
     * 0 when any major can.
     */
    int minimumVersion() {
        String value = properties().getProperty(MINIMUM_VERSION);
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "/options.properties: " + MINIMUM_VERSION + "=" + value
                    + " is not a PostgreSQL major version (e.g. 15)");
        }
    }

    /** {@code options.properties}, empty when the case has none; an unknown key fails the case. */
    private Properties properties() {
        Properties p = new Properties();
        file("options.properties").ifPresent(text -> {
            try (Reader r = new java.io.StringReader(text)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (String key : p.stringPropertyNames()) {
            if (!OPTIONS.contains(key)) {
                throw new IllegalArgumentException(name + "/options.properties: unknown option " + key + " (known: "
                        + new java.util.TreeSet<>(OPTIONS) + ")");
            }
        }
        return p;
    }

    @Override
    public String toString() {
        return name;
    }
}
