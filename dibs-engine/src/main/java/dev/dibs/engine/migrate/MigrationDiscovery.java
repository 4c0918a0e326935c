package dev.dibs.engine.migrate;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.SideTask;
import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SourceInfo;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds {@code @Migration} classes on a classpath with ClassGraph, without loading them, and the
 * Flyway SQL files beside them ({@link FlywayDiscovery}), and checks them before anything runs: one clear error listing every problem (duplicate ids, not a
 * {@code DibsMigration}, no public no-argument constructor, …).
 */
public final class MigrationDiscovery {

    private static final String MIGRATION = "dev.dibs.Migration";
    private static final String INTERFACE = "dev.dibs.DibsMigration";

    private MigrationDiscovery() {
    }

    /** The {@code @Migration} classes and the SQL files of Flyway's default location, in {@link MigrationOrder}. */
    public static List<DiscoveredMigration> discover(List<Path> classpath, List<String> packages) {
        return discover(classpath, packages, List.of(FlywayDiscovery.DEFAULT_LOCATION));
    }

    /**
     * The migrations in {@link MigrationOrder}: {@code @Migration} classes ({@code packages} limits that scan;
     * empty: everything on the classpath) and Flyway SQL files in {@code flywayLocations} (class-path folders).
     */
    public static List<DiscoveredMigration> discover(List<Path> classpath, List<String> packages, List<String> flywayLocations) {
        ClassGraph graph = new ClassGraph().overrideClasspath(classpath.stream().map(Path::toString).toList())
                .enableClassInfo().enableMethodInfo().enableAnnotationInfo().ignoreClassVisibility().ignoreMethodVisibility();
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(String[]::new));
        }
        // the SQL files are read and checked on a thread of their own meanwhile (1,000 files: 0.2 s, as long as the scan)
        List<Problem> fileProblems = new ArrayList<>();
        SideTask<List<DiscoveredMigration>> files = SideTask.start("dibs-sql-migrations", "the list of SQL migrations",
                () -> FlywayDiscovery.discover(classpath, flywayLocations, fileProblems));
        List<Problem> problems = new ArrayList<>();
        Map<String, DiscoveredMigration> byId = new LinkedHashMap<>();
        try (ScanResult scan = graph.scan(); SourceInfo.Reader sources = new SourceInfo.Reader(classpath)) {
            for (ClassInfo cls : scan.getClassesWithAnnotation(MIGRATION)) {
                String where = cls.getName().replace('$', '.');
                AnnotationInfo annotation = cls.getAnnotationInfo(MIGRATION);
                Object idValue = annotation.getParameterValues(false).getValue("value");
                String id = idValue == null ? "" : idValue.toString().trim();
                Object tx = annotation.getParameterValues(false).getValue("transactional");
                boolean transactional = !(tx instanceof Boolean b) || b;
                if (!check(cls, where, id, problems)) {
                    continue;
                }
                SourceInfo info = sources.read(cls.getName());
                String checksum = info != null && info.checksum() != null ? info.checksum() : "class:" + classChecksum(cls);
                DiscoveredMigration m = new DiscoveredMigration(id, cls.getName(), transactional, checksum,
                        info == null ? null : info.location(), info == null ? null : info.doc());
                DiscoveredMigration previous = byId.putIfAbsent(id, m);
                if (previous != null) {
                    problems.add(new Problem(where, "the migration id \"" + id + "\" is also the id of " + previous.className() + ".",
                            "give each migration its own id, e.g. a new timestamp prefix."));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<DiscoveredMigration> all = new ArrayList<>(byId.values());
        all.addAll(files.get());
        problems.addAll(fileProblems); // after the classes' problems, as when they were found one after the other
        all.sort(null);
        sameVersions(all, problems);
        if (!problems.isEmpty()) {
            StringBuilder sb = new StringBuilder("The migrations have " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + "; nothing was run:");
            int i = 1;
            for (Problem p : problems) {
                // one line each, whatever a file name or class name holds
                sb.append(System.lineSeparator()).append("  ").append(i++).append(". ").append(Printable.escape(p.toString()));
            }
            throw new MigrationException(sb.toString());
        }
        return List.copyOf(all);
    }

    /** What is wrong with each of {@code flywayLocations} ({@code flywayLocations: "…" is …}), for checks before anything runs. */
    public static List<String> flywayLocationProblems(List<String> flywayLocations) {
        List<Problem> problems = new ArrayList<>();
        FlywayDiscovery.paths(flywayLocations, problems);
        return problems.stream().map(Problem::toString).toList();
    }

    /**
     * Equal versions that cannot be ordered: two Flyway files ({@code V1} and {@code V1.0} are one version
     * to Flyway), or a Flyway file and a dibs id with that number. Sorted, such migrations are neighbours.
     */
    private static void sameVersions(List<DiscoveredMigration> sorted, List<Problem> problems) {
        for (int i = 1; i < sorted.size(); i++) {
            DiscoveredMigration a = sorted.get(i - 1);
            DiscoveredMigration b = sorted.get(i);
            if ((a.script() == null && b.script() == null) || !MigrationOrder.sameVersion(a.id(), b.id())) {
                continue;
            }
            if (a.script() != null && b.script() != null) {
                problems.add(new Problem(b.className(), "has the version of " + a.className() + " (" + a.id() + " and " + b.id()
                        + " are the same version to Flyway).", "give each SQL migration its own version."));
            } else {
                DiscoveredMigration sql = a.script() != null ? a : b;
                DiscoveredMigration cls = a.script() != null ? b : a;
                problems.add(new Problem(sql.className(), "has version " + sql.id().substring(1) + ", the number that migration "
                        + cls.describe() + " starts with, so neither can be ordered before the other.",
                        "give one of them another version or id prefix, e.g. a later timestamp for the class."));
            }
        }
    }

    private static boolean check(ClassInfo cls, String where, String id, List<Problem> problems) {
        int before = problems.size();
        if (id.isEmpty()) {
            problems.add(new Problem(where, "@Migration has an empty id.", "write an id such as \"20261125120000_create_users\"."));
        } else if (!id.equals(Printable.escape(id))) {
            problems.add(new Problem(where, "@Migration(\"" + Printable.escape(id) + "\") holds a line break or another character"
                    + " that does not print: an id is shown in logs, reports and the history table, where it must read as"
                    + " what it is.", "write an id of printable characters, such as \"20261125120000_create_users\"."));
        } else if (MigrationOrder.isFlywayId(id)) {
            problems.add(new Problem(where, "@Migration(\"" + id + "\") has the form of the ids dibs gives Flyway SQL files"
                    + " (V<version>).", "write an id such as \"20261125120000_create_users\"."));
        }
        if (!cls.implementsInterface(INTERFACE)) {
            problems.add(new Problem(where, "is annotated @Migration but does not implement dev.dibs.DibsMigration.",
                    "implement DibsMigration and its migrate(MigrationContext) method."));
        }
        if (cls.isAbstract() || cls.isInterface()) {
            problems.add(new Problem(where, "is abstract; dibs cannot create it.", "make the migration a concrete class."));
        }
        if (!cls.isPublic()) {
            problems.add(new Problem(where, "is not public; dibs cannot create it.", "declare the class public."));
        }
        boolean hasNoArgConstructor = false;
        for (MethodInfo ctor : cls.getDeclaredConstructorInfo()) {
            if (ctor.isPublic() && ctor.getParameterInfo().length == 0) {
                hasNoArgConstructor = true;
            }
        }
        if (!hasNoArgConstructor) {
            problems.add(new Problem(where, "has no public no-argument constructor"
                    + (cls.isInnerClass() && !cls.isStatic() ? " (it is an inner class: make it static)" : "") + ".",
                    "add a public constructor without parameters."));
        }
        return problems.size() == before;
    }

    private static String classChecksum(ClassInfo cls) {
        try {
            byte[] bytes = cls.getResource().load();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + cls.getName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
