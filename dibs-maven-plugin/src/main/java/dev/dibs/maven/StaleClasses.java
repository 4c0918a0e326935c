package dev.dibs.maven;

import dev.dibs.engine.naming.Printable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Refuses to work from missing or stale classes: a source file newer than its class file (or
 * without one) means the schema dibs would read is not the one in the sources.
 */
final class StaleClasses {

    private StaleClasses() {
    }

    static void check(MavenProject project) throws MojoExecutionException {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        for (String root : project.getCompileSourceRoots()) {
            Path sources = Path.of(root);
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                List<Path> javaFiles = files.filter(f -> f.toString().endsWith(".java")
                        && !f.getFileName().toString().equals("package-info.java")
                        && !f.getFileName().toString().equals("module-info.java")).toList();
                for (Path source : javaFiles) {
                    Path relative = sources.relativize(source);
                    String name = relative.toString();
                    Path classFile = classes.resolve(name.substring(0, name.length() - ".java".length()) + ".class");
                    if (!Files.exists(classFile)
                            || Files.getLastModifiedTime(source).compareTo(Files.getLastModifiedTime(classFile)) > 0) {
                        throw new MojoExecutionException("The compiled classes are " + (Files.exists(classFile) ? "older than" : "missing for")
                                + " " + Printable.escape(project.getBasedir().toPath().relativize(source).toString())
                                + ", so dibs would read a stale schema."
                                + " Compile first: mvn compile dibs:<goal>");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
