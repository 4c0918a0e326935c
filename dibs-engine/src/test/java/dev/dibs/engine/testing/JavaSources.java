package dev.dibs.engine.testing;

import dev.dibs.Table;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles real Java sources, as a user's build would (javac, dibs-api on the classpath, its
 * annotation processor discovered there unless {@code -proc:none}), into a fresh directory the
 * loader can scan. Shared with dibs-bench through this module's test-jar.
 */
public final class JavaSources {

    private JavaSources() {
    }

    /** Where dibs-api's classes are (a directory or a jar). */
    public static Path dibsApi() {
        try {
            return Path.of(Table.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code sources} (path relative to the source root → text) under {@code dir/src},
     * compiles them to {@code dir/classes} and returns the classpath to scan.
     *
     * @throws IllegalStateException with javac's output when it fails, or when there is no javac (a JRE)
     */
    public static List<Path> compile(Path dir, Map<String, String> sources, String... extraOptions) {
        return compile(dir, sources, List.of(), extraOptions);
    }

    /**
     * As {@link #compile(Path, Map, String...)}, with more jars or directories on javac's classpath
     * (the JPA API, Hibernate's annotations); they are not part of the returned scan path.
     */
    public static List<Path> compile(Path dir, Map<String, String> sources, List<Path> extraClasspath, String... extraOptions) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler: run on a JDK, not a JRE");
        }
        try {
            Path src = dir.resolve("src");
            Path out = dir.resolve("classes");
            Files.createDirectories(out);
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                files.add(file);
            }
            StringWriter diagnostics = new StringWriter();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
                Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
                List<String> cp = new ArrayList<>(List.of(dibsApi().toString()));
                extraClasspath.forEach(p -> cp.add(p.toString()));
                List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
                        String.join(java.io.File.pathSeparator, cp),
                        "-sourcepath", src.toString(), "--release", "17", "-Xlint:-options"));
                options.addAll(List.of(extraOptions));
                if (!javac.getTask(diagnostics, fm, null, options, null, units).call()) {
                    throw new IllegalStateException("javac failed:\n" + diagnostics);
                }
            }
            return List.of(out, dibsApi());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
