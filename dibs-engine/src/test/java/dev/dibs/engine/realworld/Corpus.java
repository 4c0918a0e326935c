package dev.dibs.engine.realworld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The shared corpus of real application schemas ({@code ../shared/realworld}): one folder per project,
 * each with a {@code versions.tsv} (file, commit, date; oldest first) and the gzipped
 * {@code pg_dump --schema-only} files it names. Read in place: OpenStreetMap's files are GPL and may
 * not be copied into this repository.
 */
record Corpus(Path dir, List<Project> projects) {

    /** The system property naming the corpus folder; the engine's pom sets it for Surefire. */
    static final String DIR_PROPERTY = "dibs.realworld.dir";

    record Version(String file, String commit, String date, Path path) {
        String label() {
            return commit.substring(0, Math.min(12, commit.length())) + " (" + date + ")";
        }

        String script() {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
    }

    record Project(String name, List<Version> versions) {
        Project {
            versions = List.copyOf(versions);
        }
    }

    Corpus {
        projects = List.copyOf(projects);
    }

    /**
     * The corpus named by {@value #DIR_PROPERTY} (else {@code ../shared/realworld} from the repository
     * root, found by walking up from the working directory to the folder holding {@code .ci}).
     *
     * @throws IllegalStateException naming the folder and how to provide it, when there is no corpus:
     *                               a missing corpus fails the test, it never skips it
     */
    static Corpus locate() {
        String property = System.getProperty(DIR_PROPERTY);
        Path dir = property != null && !property.isBlank() ? Path.of(property) : defaultDir();
        dir = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The real-world schema corpus is missing: no folder " + dir + ". It is the shared"
                    + " folder ../shared/realworld beside the repository (one folder per project with versions.tsv and"
                    + " gzipped pg_dump files); point -D" + DIR_PROPERTY + "=<folder> at it.");
        }
        return read(dir);
    }

    private static Path defaultDir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(".ci")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p.resolve("../shared/realworld");
            }
        }
        return here.resolve("../../shared/realworld");
    }

    static Corpus read(Path dir) {
        List<Project> projects = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path folder : entries.filter(p -> Files.isRegularFile(p.resolve("versions.tsv"))).sorted().toList()) {
                projects.add(new Project(folder.getFileName().toString(), versions(folder)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus folder " + dir, e);
        }
        if (projects.isEmpty()) {
            throw new IllegalStateException("The real-world schema corpus " + dir + " holds no project (no folder with a"
                    + " versions.tsv); point -D" + DIR_PROPERTY + "=<folder> at the shared realworld folder.");
        }
        return new Corpus(dir, projects);
    }

    private static List<Version> versions(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("versions.tsv"), StandardCharsets.UTF_8);
        List<Version> versions = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) { // the first line is the header
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 3) {
                throw new IllegalStateException(folder.resolve("versions.tsv") + ": expected file, commit and date"
                        + " separated by tabs, found: " + line);
            }
            Path file = folder.resolve(fields[0]);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(folder.resolve("versions.tsv") + " names " + fields[0] + ", which is missing");
            }
            versions.add(new Version(fields[0], fields[1], fields[2], file));
        }
        return versions;
    }
}
