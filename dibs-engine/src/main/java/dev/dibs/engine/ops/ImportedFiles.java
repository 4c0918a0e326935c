package dev.dibs.engine.ops;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.importer.ImportedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes what {@code dibs:import} produced into the project. Without {@code overwrite}, it first
 * looks for every file that already exists and, if there is one, refuses listing them all, having
 * written nothing: an import never half-replaces a project. Each file is written through a
 * temporary file and a move, so a file is whole or not there.
 */
public final class ImportedFiles {

    private ImportedFiles() {
    }

    /** Writes {@code files} under {@code baseDir}; returns the paths written, relative to it, in order. */
    public static List<String> write(Path baseDir, List<ImportedFile> files, boolean overwrite) {
        Path base = baseDir.toAbsolutePath().normalize();
        List<Path> targets = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        for (ImportedFile f : files) {
            Path target = base.resolve(f.path()).normalize();
            if (!target.startsWith(base) || target.equals(base)) { // ImportedFile refuses "..", this keeps it so whatever comes
                throw new IllegalArgumentException("an imported file would be written outside the project: " + f.path());
            }
            targets.add(target);
            if (Files.exists(target)) {
                existing.add(f.path());
            }
        }
        if (!overwrite && !existing.isEmpty()) {
            throw new DibsException("dibs:import refuses to overwrite " + existing.size() + (existing.size() == 1 ? " file" : " files")
                    + " that already exist; nothing was written:\n  " + String.join("\n  ", existing)
                    + "\nFix: move them away (or commit them first) and import again, or import with -Ddibs.overwrite=true"
                    + " to replace them.");
        }
        List<String> written = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path target = targets.get(i);
            try {
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), ".dibs-import-", ".tmp");
                Files.writeString(temp, files.get(i).content(), StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new DibsException("dibs:import cannot write " + files.get(i).path() + " (" + e + "); the files before it"
                        + " in this list were written: " + written + ". Fix: make the folder writable and import again with"
                        + " -Ddibs.overwrite=true.", e);
            }
            written.add(files.get(i).path());
        }
        return written;
    }

    /**
     * The files beside those an import writes ({@code .java} in their package folders, {@code .sql} in
     * their {@code dibs/} folders) that it does not write: after an overwrite, what an earlier import
     * wrote for an object the database no longer has stays, and would declare that object again. dibs
     * cannot tell such a file from one written by hand, so it names them and deletes none (relative
     * to {@code baseDir}, sorted).
     */
    public static List<String> leftovers(Path baseDir, List<ImportedFile> files) {
        Path base = baseDir.toAbsolutePath().normalize();
        Set<Path> written = new HashSet<>();
        Set<Path> folders = new TreeSet<>();
        for (ImportedFile f : files) {
            Path target = base.resolve(f.path()).normalize();
            written.add(target);
            folders.add(target.getParent());
        }
        List<String> out = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !written.contains(p))
                        .filter(p -> p.getFileName().toString().endsWith(".java") || p.getFileName().toString().endsWith(".sql"))
                        .map(p -> base.relativize(p).toString().replace('\\', '/'))
                        .sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new DibsException("dibs:import cannot list " + base.relativize(folder) + " (" + e + ")", e);
            }
        }
        return out;
    }
}
