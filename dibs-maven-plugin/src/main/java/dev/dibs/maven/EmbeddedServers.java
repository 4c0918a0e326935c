package dev.dibs.maven;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.postgres.EmbeddedBinaries;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * The embedded PostgreSQL servers of one goal, started from the zonky binaries of this machine's
 * platform and the asked-for major version only. The plugin does not depend on any binaries: it
 * resolves the one artifact it needs through Maven's own resolver (so mirrors, proxies and offline
 * mode apply as for any dependency), the first time a goal needs it.
 */
final class EmbeddedServers {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final String embeddedVersion;
    private final Map<String, Path> resolved = new ConcurrentHashMap<>();
    private final Map<String, DibsException> unresolvable = new ConcurrentHashMap<>();

    EmbeddedServers(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
                    String embeddedVersion) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
        this.embeddedVersion = embeddedVersion;
    }

    /** The binaries of {@code embeddedVersion} for this machine (checks the parameter; resolves nothing). */
    EmbeddedBinaries configured() {
        return EmbeddedBinaries.forThisMachine(embeddedVersion);
    }

    /** The dev database: a cluster kept in {@code dataDirectory}, of {@code embeddedVersion}. */
    PostgresServer devDatabase(Path dataDirectory) {
        EmbeddedBinaries binaries = configured();
        return PostgresServers.embedded(dataDirectory, jar(binaries), binaries.major());
    }

    /** A throwaway server of {@code embeddedVersion} ({@code dibs:check}, {@code dibs:generate}). */
    PostgresServer throwaway() {
        return PostgresServers.embeddedFrom(jar(configured()));
    }

    /** A throwaway server of a given major version (the scratch server matching a target database). */
    PostgresServer throwaway(int major) {
        return PostgresServers.embeddedFrom(jar(EmbeddedBinaries.forThisMachine(String.valueOf(major))));
    }

    /**
     * The identity {@link #throwaway(int)} would give its server, known without starting it; null
     * when the binaries cannot be had (starting one then says why).
     */
    String throwawayIdentity(int major) {
        try {
            return PostgresServers.throwawayIdentity(jar(EmbeddedBinaries.forThisMachine(String.valueOf(major))));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Path jar(EmbeddedBinaries binaries) {
        // a failed resolution is not tried again in the same goal (offline, a mirror that times out)
        DibsException failed = unresolvable.get(binaries.coordinates());
        if (failed != null) {
            throw failed;
        }
        try {
            return resolved.computeIfAbsent(binaries.coordinates(), coordinates -> resolve(binaries));
        } catch (DibsException e) {
            unresolvable.put(binaries.coordinates(), e);
            throw e;
        }
    }

    private Path resolve(EmbeddedBinaries binaries) {
        ArtifactRequest request = new ArtifactRequest(
                new DefaultArtifact(EmbeddedBinaries.GROUP_ID, binaries.artifactId(), "jar", binaries.version()), repositories, null);
        try {
            return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new DibsException("cannot get the embedded PostgreSQL " + binaries.major() + " for this machine ("
                    + binaries.coordinates() + "): " + firstLine(e.getMessage()) + ". dibs fetches it like a dependency, once"
                    + (session.isOffline() ? "; Maven runs offline (-o), so run once online" : "; check the repositories"
                    + " (or mirror) in settings.xml") + ", or point dibs at a PostgreSQL server with url / checkDatabase.", e);
        }
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }
}
