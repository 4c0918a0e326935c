package dev.dibs.engine.canonical;

import dev.dibs.engine.load.SourceInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a class path holds, as one hash: for a folder (a module's compiled classes and resources),
 * every file under it by its path, and what the Java schema is read from — classes, SQL files, the
 * annotation processor's {@code META-INF/dibs/} — by content too, so a class compiled again to the
 * same bytes is the same and one changed is not, whatever its size and time; other files (a web
 * module's assets) and larger ones by size and time to the nanosecond. A jar counts by its path, size
 * and time (jars are replaced, not edited: hashing a project's dependencies on every goal would cost
 * more than reading the classes; a jar rebuilt to the same size within the file system's time
 * resolution, or one whose manifest's {@code Class-Path} names other jars that changed, is not told
 * apart). Links are followed as the scan follows them. Anything that cannot be read gives no
 * fingerprint at all: the caller then reads the classes.
 */
final class ClassPathFingerprint {
    /** Larger files in a folder (rarely classes: assets a module packs) count by size and time, not content. */
    static final long CONTENT_LIMIT = 4L << 20;

    private ClassPathFingerprint() {
    }

    static Optional<String> of(List<Path> classpath) {
        try {
            MessageDigest sha = CanonicalCache.sha256();
            byte[] buffer = new byte[64 * 1024];
            for (Path element : classpath) {
                // not normalised: "link/.." is where the link leads, as the scan reads it
                Path path = element.toAbsolutePath();
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
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // any doubt: the classes are read
        }
    }

    private static void folder(MessageDigest sha, Path root, byte[] buffer) throws IOException {
        // each file by its name in the folder, with the attributes the walk read (followed through links), once;
        // sorted as strings (the walk's order is the file system's, and a Windows path compares ignoring case)
        Map<String, Map.Entry<Path, BasicFileAttributes>> files = new TreeMap<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Map.entry(file, attributes));
                return FileVisitResult.CONTINUE;
            }
        });
        for (Map.Entry<String, Map.Entry<Path, BasicFileAttributes>> e : files.entrySet()) {
            String name = e.getKey();
            BasicFileAttributes a = e.getValue().getValue();
            text(sha, "entry " + name);
            if (!a.isRegularFile()) {
                text(sha, "not a file");
            } else if (a.size() > CONTENT_LIMIT || !readForTheSchema(name)) {
                text(sha, "by time " + a.size() + " " + a.lastModifiedTime().toInstant());
            } else {
                text(sha, "content " + a.size());
                try (InputStream in = Files.newInputStream(e.getValue().getKey())) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
        }
    }

    /** Classes, SQL files (the scan finds {@code .sql} in any case) and the annotation processor's source information. */
    private static boolean readForTheSchema(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".class") || lower.endsWith(".sql") || name.startsWith(SourceInfo.RESOURCE_DIRECTORY);
    }

    private static void text(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
