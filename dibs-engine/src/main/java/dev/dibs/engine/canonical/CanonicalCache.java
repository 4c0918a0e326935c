package dev.dibs.engine.canonical;

import dev.dibs.engine.DibsVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

/**
 * What the {@link Canonicalizer} read back last time, kept so that the same Java schema on the same
 * embedded PostgreSQL is not built and read again on every goal: a file per Java schema, named by a
 * hash of everything the result depends on — this build of dibs (its engine jar's name, size and
 * time), the scratch server ({@link dev.dibs.engine.postgres.PostgresServer#identity}: kind and
 * binaries — the jar's name, which carries the version, its size and time — only for servers dibs
 * initialises from binaries it was given, whose cluster settings never vary), the JVM's time zone and the JDBC driver's version (the session's), and the
 * schema, SQL files, typed views and extensions given. Anything else, or any doubt, means a build.
 *
 * <p>The Java schema itself is kept the same way ({@link KeptJavaSchema}), named by a hash of this build
 * of dibs, the loader's settings, the working directory and the content of its class path ({@link ClassPathFingerprint}), so
 * that unchanged classes are not scanned again.
 *
 * <p>The files live in {@code <java.io.tmpdir>/dibs-canonical}, outside every project (a pull request
 * cannot bring one), in a directory dibs makes private to its owner; a directory that is a link, that
 * another user owns or that others can write to is not used. Reading makes only dibs's own records
 * ({@link RecordCodec}); a file that does not read back whole is deleted and the schema built. The Java
 * system property {@code dibs.canonicalCache=off} turns it off. At most {@value #KEPT} files are kept,
 * the least recently used deleted first.
 */
public final class CanonicalCache {
    /** The system property that turns the cache off ({@code off}). */
    public static final String PROPERTY = "dibs.canonicalCache";
    static final int KEPT = 128;
    /** How the files being written start; one a killed run left is deleted after {@link #ABANDONED}. */
    private static final String PARTIAL = "partial-";
    private static final java.time.Duration ABANDONED = java.time.Duration.ofMinutes(10);
    private static final byte[] MAGIC = "dibs-canonical-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");
    /** No cache: every canonicalisation builds. */
    public static final CanonicalCache OFF = new CanonicalCache(null, null);

    private final Path directory;
    private final String dibsIdentity;
    private final boolean keeps;

    private CanonicalCache(Path directory, String dibsIdentity) {
        this(directory, dibsIdentity, true);
    }

    private CanonicalCache(Path directory, String dibsIdentity, boolean keeps) {
        this.directory = directory;
        this.dibsIdentity = dibsIdentity;
        this.keeps = keeps;
    }

    /**
     * This cache, taking what it kept but keeping nothing more: for a scratch server where SQL a
     * pull request controls runs beside the build (the migrations {@code dibs:check} replays run as
     * its superuser and could change the cluster under it), whose result must not outlive the run.
     */
    public CanonicalCache readOnly() {
        return new CanonicalCache(directory, dibsIdentity, false);
    }

    /**
     * The cache of this machine's temporary directory, for this build of dibs; {@link #OFF} when dibs
     * does not run from a jar (its classes could change without a trace) or the property says off.
     */
    public static CanonicalCache standard() {
        return configured(System.getProperty(PROPERTY), jarIdentity(), Path.of(System.getProperty("java.io.tmpdir"), "dibs-canonical"));
    }

    /** The cache in {@code directory} for a build known as {@code dibsIdentity} (null: not a jar), unless {@code property} says off. */
    static CanonicalCache configured(String property, String dibsIdentity, Path directory) {
        if (property != null && property.trim().equalsIgnoreCase("off") || dibsIdentity == null) {
            return OFF;
        }
        return new CanonicalCache(directory, dibsIdentity);
    }

    /** Whether this is {@link #OFF}: nothing is kept or taken. */
    boolean off() {
        return directory == null;
    }

    /** A cache in {@code directory}, for a build of dibs known as {@code dibsIdentity} (tests). */
    static CanonicalCache in(Path directory, String dibsIdentity) {
        return new CanonicalCache(directory, dibsIdentity);
    }

    /** The key of a canonicalisation by {@code serverIdentity} of {@code inputs}; empty when nothing may be kept. */
    Optional<String> key(String serverIdentity, Object inputs) {
        if (serverIdentity == null) {
            return Optional.empty();
        }
        // the driver sends the JVM's time zone, in which PostgreSQL reads and prints timestamptz constants
        // (a partition bound, a default): part of what is read back
        return hashed(serverIdentity + "\n" + TimeZone.getDefault().getID() + "\n" + org.postgresql.util.DriverInfo.DRIVER_VERSION,
                inputs);
    }

    /**
     * The key of the Java schema read from a class path whose content is {@code classPathFingerprint}
     * ({@link ClassPathFingerprint}) with {@code inputs} (the loader's settings, the working directory); empty when nothing may be kept.
     */
    Optional<String> javaSchemaKey(String classPathFingerprint, Object inputs) {
        return hashed("Java schema\n" + classPathFingerprint, inputs);
    }

    private Optional<String> hashed(String what, Object inputs) {
        if (directory == null) {
            return Optional.empty();
        }
        byte[] encoded;
        try {
            encoded = RecordCodec.encode(inputs);
        } catch (RuntimeException e) {
            return Optional.empty(); // a value the codec does not know: built every time, never guessed
        }
        MessageDigest sha = sha256();
        sha.update((dibsIdentity + "\n" + what + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(encoded);
        return Optional.of(HexFormat.of().formatHex(sha.digest()));
    }

    /** What was kept under {@code key}, if it reads back whole. */
    Optional<Canonicalizer.Canonical> find(String key) {
        return find(key, Canonicalizer.Canonical.class);
    }

    /** What was kept under {@code key}, if it reads back whole as a {@code type}. */
    <T> Optional<T> find(String key, Class<T> type) {
        Path file = file(key);
        if (!usable() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            byte[] head = (new String(MAGIC, StandardCharsets.US_ASCII) + key + "\n").getBytes(StandardCharsets.US_ASCII);
            if (bytes.length < head.length || !java.util.Arrays.equals(bytes, 0, head.length, head, 0, head.length)) {
                throw new IOException("not a dibs canonical schema for this key");
            }
            Object value = RecordCodec.decode(java.util.Arrays.copyOfRange(bytes, head.length, bytes.length));
            if (!type.isInstance(value)) {
                throw new IOException("not a dibs " + type.getSimpleName());
            }
            touch(file);
            return Optional.of(type.cast(value));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    /** Marks a file used now, for {@link #trim}; one trimmed meanwhile by another run is simply gone. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // read already: the result stands
        }
    }

    /** Keeps {@code value} (a canonical schema, a Java schema) under {@code key}; a cache that cannot be written is simply not used. */
    void store(String key, Object value) {
        try {
            if (!keeps || !prepared()) {
                return;
            }
            byte[] head = (new String(MAGIC, StandardCharsets.US_ASCII) + key + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] body = RecordCodec.encode(value);
            Path partial = posix() ? Files.createTempFile(directory, PARTIAL, ".tmp", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))) : Files.createTempFile(directory, PARTIAL, ".tmp");
            try {
                try (var out = Files.newOutputStream(partial)) {
                    out.write(head);
                    out.write(body);
                }
                try {
                    Files.move(partial, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, file(key), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                deleteQuietly(partial);
            }
            trim();
        } catch (IOException | RuntimeException e) {
            // not kept: the next goal builds again
        }
    }

    private Path file(String key) {
        return directory.resolve(key + ".bin");
    }

    /** The directory exists (made now if need be), private to this user. */
    private boolean prepared() throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            if (posix()) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PRIVATE));
            } else {
                Files.createDirectories(directory);
            }
        }
        return usable();
    }

    /**
     * A directory, not a link to one, owned by the user dibs runs as, where no one else may write (where
     * files have no POSIX modes, only that it is a directory).
     */
    private boolean usable() {
        try {
            if (!posix()) {
                return Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS);
            }
            PosixFileAttributes attributes = Files.readAttributes(directory, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            UserPrincipal me = directory.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            Set<PosixFilePermission> modes = attributes.permissions();
            return attributes.isDirectory() && attributes.owner().equals(me) && !modes.contains(PosixFilePermission.GROUP_WRITE)
                    && !modes.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void trim() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(directory, "*.bin")) {
            all.forEach(files::add);
        }
        long abandoned = System.currentTimeMillis() - ABANDONED.toMillis();
        try (DirectoryStream<Path> partial = Files.newDirectoryStream(directory, PARTIAL + "*.tmp")) {
            partial.forEach(f -> {
                if (modified(f).toMillis() < abandoned) {
                    deleteQuietly(f);
                }
            });
        }
        if (files.size() <= KEPT) {
            return;
        }
        files.sort((a, b) -> modified(a).compareTo(modified(b)));
        files.subList(0, files.size() - KEPT).forEach(CanonicalCache::deleteQuietly);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a file left behind is read as a miss next time, or trimmed
        }
    }

    /** This build of dibs: its version and its jar's name, size and time; null when not run from a jar. */
    private static String jarIdentity() {
        try {
            var source = Canonicalizer.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return null;
            }
            return DibsVersion.get() + " " + jar.getFileName() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
