package dev.dibs.engine.canonical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a class path holds, as one hash: for a folder (a module's compiled classes and resources),
 * every file under it by its path, and what the Java schema is read from — classes, SQL files, the
 * annotation processor's {@code META-INF/dibs/} — by content too, so a class compiled again to the
 * same bytes is the same and one changed is not, whatever its size and time; other files (a web
 * module's assets) and larger ones by size and time to the nanosecond. A jar counts by its path, size
 * and time (jars are replaced, not edited: hashing a project's dependencies on every goal would cost
 * more than reading the classes). Links are followed as the scan follows them. Anything that cannot
 * be read gives no fingerprint at all: the caller then reads the classes.
 */
final class ClassPathFingerprint {
    /** Larger files in a folder (rarely classes: assets a module packs) count by size and time, not content. */
    static final long CONTENT_LIMIT = 4L << 20;
    /** Where the annotation processor writes what it knows of the sources (SourceInfo). */
    private static final String SOURCE_INFO = "META-INF/dibs/";

    private ClassPathFingerprint() {
    }

    static Optional<String> of(List<Path> classpath) {
        try {
            MessageDigest sha = CanonicalCache.sha256();
            byte[] buffer = new byte[64 * 1024];
            for (Path element : classpath) {
                Path path = element.toAbsolutePath().normalize();
                text(sha, "element " + path);
                if (Files.isDirectory(path)) {
                    folder(sha, path, buffer);
                } else if (Files.isRegularFile(path)) {
                    BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
                    text(sha, "file " + a.size() + " " + a.lastModifiedTime().toInstant());
                } else {
                    text(sha, Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "other" : "missing");
                }
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static void folder(MessageDigest sha, Path root, byte[] buffer) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(p -> !Files.isDirectory(p)).forEach(files::add);
        }
        files.sort(null); // the walk's order is the file system's
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('\\', '/');
            text(sha, "entry " + name);
            if (!Files.isRegularFile(file)) {
                text(sha, "not a file");
                continue;
            }
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (a.size() > CONTENT_LIMIT || !(name.endsWith(".class") || name.endsWith(".sql") || name.startsWith(SOURCE_INFO))) {
                text(sha, "by time " + a.size() + " " + a.lastModifiedTime().toInstant());
                continue;
            }
            text(sha, "content " + a.size());
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
        }
    }

    private static void text(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
