package dev.dibs.processing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles real source files with the system javac, the way a user's build does, into
 * {@code root/out}. Sources live under {@code root/src}; the dibs-api classes (annotations and
 * processor) are on the class path.
 */
final class Compilation {
    private final Path root;
    private final Path sources;
    private final Path out;

    Compilation(Path root) {
        this.root = root;
        this.sources = root.resolve("src");
        this.out = root.resolve("out");
    }

    Path out() {
        return out;
    }

    /** Writes {@code text} to {@code src/<relativePath>} and returns the file. */
    Path source(String relativePath, String text) {
        Path file = sources.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Compiles the given source files with the processor named explicitly. */
    Result compile(String... relativePaths) {
        return compile(List.of("-processor", DibsProcessor.class.getName()), relativePaths);
    }

    /** Compiles with {@code extraOptions}; the class path holds dibs-api and {@code out}. */
    Result compile(List<String> extraOptions, String... relativePaths) {
        return compile(extraOptions, null, relativePaths);
    }

    /** Compiles with exactly these processor instances, run in this order. */
    Result compileWith(List<Processor> processors, String... relativePaths) {
        return compile(List.of(), processors, relativePaths);
    }

    private Result compile(List<String> extraOptions, List<Processor> processors, String... relativePaths) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Files.createDirectories(out);
            List<String> options = new ArrayList<>(List.of(
                    "-encoding", "UTF-8",
                    "-d", out.toString(),
                    "-classpath", dibsApiClasses() + java.io.File.pathSeparator + out));
            options.addAll(extraOptions);
            List<Path> paths = Stream.of(relativePaths).map(sources::resolve).collect(Collectors.toList());
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(paths));
            if (processors != null) {
                task.setProcessors(processors);
            }
            boolean success = task.call();
            return new Result(success, diagnostics.getDiagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the resource written for {@code binaryName}. */
    String json(String binaryName) {
        try {
            return Files.readString(jsonFile(binaryName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path jsonFile(String binaryName) {
        return out.resolve("META-INF/dibs/" + binaryName + ".json");
    }

    Path root() {
        return root;
    }

    static Path dibsApiClasses() {
        try {
            return Path.of(dev.dibs.Table.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Outcome of one javac run. */
    static final class Result {
        final boolean success;
        final List<Diagnostic<? extends JavaFileObject>> diagnostics;

        Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
            this.success = success;
            this.diagnostics = List.copyOf(diagnostics);
        }

        /** Every diagnostic of the given kind, as javac would print it. */
        List<String> messages(Diagnostic.Kind kind) {
            return diagnostics.stream()
                    .filter(d -> d.getKind() == kind)
                    .map(d -> d.getMessage(Locale.ROOT))
                    .collect(Collectors.toList());
        }

        @Override
        public String toString() {
            return "success=" + success + " " + diagnostics;
        }
    }
}
