package dev.dibs.engine.load;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.Resource;
import io.github.classgraph.ScanResult;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A SQL file of the schema: a resource under {@code dibs/} on the class path, ending in
 * {@code .sql} ({@code src/main/resources/dibs/functions.sql}, or the same path inside a schema
 * module's jar), with the class path element it came from. Nothing outside {@code dibs/} is read.
 */
public record SqlFile(String path, String origin, String text) {

    /** The folder on the class path that holds the files. */
    static final String FOLDER = "dibs";

    /**
     * Every {@code dibs/**}{@code /*.sql} resource of {@code classpath}, ordered by path (then by
     * class path order, when two elements hold the same path), so the files run in the same order on
     * every machine.
     */
    static List<SqlFile> find(List<Path> classpath) {
        return find(classpath, new ArrayList<>());
    }

    /**
     * As {@link #find(List)}; a file that is a link to a place outside its class path folder (a
     * symbolic link in a pull request, to a secret of the machine) is not read: a problem names it.
     */
    static List<SqlFile> find(List<Path> classpath, List<Problem> problems) {
        if (classpath.isEmpty()) {
            return List.of();
        }
        ClassGraph graph = new ClassGraph()
                .overrideClasspath(classpath.stream().map(Path::toString).toList())
                .acceptPaths(FOLDER);
        List<SqlFile> files = new ArrayList<>();
        try (ScanResult scan = graph.scan()) {
            for (Resource r : scan.getResourcesWithExtension("sql")) {
                if (!r.getPath().startsWith(FOLDER + "/")) {
                    continue;
                }
                if (outsideItsFolder(r)) {
                    problems.add(new Problem(r.getPath() + " (in " + originOf(r) + ")", "is a link to a file outside "
                            + originOf(r) + ", so dibs does not read it.", "put the SQL file itself under src/main/resources/dibs/."));
                    continue;
                }
                files.add(new SqlFile(r.getPath(), originOf(r), new String(r.load(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SQL files under dibs/ on " + classpath, e);
        }
        files.sort(Comparator.comparing(SqlFile::path)); // stable: keeps class path order for equal paths
        return List.copyOf(files);
    }

    /** Whether a resource of a class path folder resolves, through links, to a file outside that folder. */
    private static boolean outsideItsFolder(Resource r) throws IOException {
        File element = r.getClasspathElementFile();
        if (element == null || element.isFile()) {
            return false; // in a jar: its entries are the jar's own
        }
        Path folder = element.toPath().toRealPath();
        return !element.toPath().resolve(r.getPath()).toRealPath().startsWith(folder);
    }

    /**
     * The jar's file name, or the folder: relative to the working directory when under it (Maven's
     * is the project's, so {@code target/classes}), else as given on the class path.
     */
    private static String originOf(Resource r) {
        File element = r.getClasspathElementFile();
        if (element == null) {
            return "";
        }
        if (element.isFile()) {
            return element.getName();
        }
        Path folder = element.toPath().toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return folder.startsWith(here) && !folder.equals(here) ? here.relativize(folder).toString() : element.getPath();
    }
}
