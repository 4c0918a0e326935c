package dev.dibs.engine.testing;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Moves a test JVM's temporary directory ({@code java.io.tmpdir}: the embedded servers' clusters, the
 * cluster templates, the unpacked binaries) to a memory file system when the machine has one with
 * room, before any test runs. The tests create and drop thousands of databases, and each
 * {@code CREATE DATABASE} makes some 300 files: on an ext4 {@code /tmp}, finding inodes for them next to
 * so many just deleted was a third of a test run's CPU (perf: {@code ext4_create} in
 * {@code recently_deleted}).
 *
 * <p>The JDK's own {@code Files.createTempFile} may have read {@code java.io.tmpdir} already (it does so
 * once); dibs reads it each time it makes a cluster, and {@code @TempDir} folders come from
 * {@link CurrentTemporaryDirectory}, so both follow the move. The directory is kept between runs (the
 * unpacked binaries and cluster templates are caches); a killed run's cluster stays in it, as it would
 * in {@code /tmp}: {@code rm -rf /dev/shm/dibs-tests-$USER} frees the memory.
 *
 * <p>Registered in {@code META-INF/services}; JUnit calls it when a test JVM's session opens. It moves
 * nothing when {@code /dev/shm} is not a tmpfs with {@value #ROOM_GIB} GiB free (a container's is often
 * 64 MB), or with {@code -Ddibs.test.memoryTmpdir=false}.
 */
public final class MemoryTemporaryDirectory implements LauncherSessionListener {

    static final String PROPERTY = "dibs.test.memoryTmpdir";
    static final int ROOM_GIB = 4;
    private static final Path SHM = Path.of("/dev/shm");
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    /** The directory chosen in this JVM, or null when the temporary directory stayed as given. */
    private static volatile Path chosen;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (chosen != null || !Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return;
        }
        Path dir = choose(SHM, System.getProperty("user.name"));
        if (dir != null) {
            System.setProperty("java.io.tmpdir", dir.toString());
            chosen = dir;
        }
    }

    /** The directory moved to in this JVM, or null. */
    static Path chosen() {
        return chosen;
    }

    /**
     * A private directory under {@code root} for this user when root is a tmpfs with room, created if
     * needed; null otherwise (then nothing changes).
     */
    static Path choose(Path root, String user) {
        try {
            FileStore store = Files.getFileStore(root);
            if (!"tmpfs".equals(store.type()) || store.getUsableSpace() < ((long) ROOM_GIB << 30)) {
                return null;
            }
            Path dir = root.resolve("dibs-tests-" + user.replaceAll("[^A-Za-z0-9_.-]", "_"));
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE));
            } catch (FileAlreadyExistsException e) {
                // made by an earlier run, or by the other test JVM a moment ago: checked below
            }
            return ownedAndPrivate(dir, user) ? dir : null;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    /**
     * Whether {@code dir} is a directory itself (not a link to one), owned by {@code user} and closed to
     * everyone else: zonky runs the binaries it finds unpacked under the temporary directory, so a
     * directory of that name that someone else made or can write to is not used.
     */
    static boolean ownedAndPrivate(Path dir, String user) {
        try {
            PosixFileAttributes attributes = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isDirectory() && !attributes.isSymbolicLink()
                    && attributes.owner().getName().equals(user) && attributes.permissions().equals(PRIVATE);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
