package dev.dibs.engine.postgres;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * zonky's archive for the platform, {@code postgres-<system>-<hardware>.txz}, read from a binaries
 * jar ({@link PostgresServers#embeddedFrom}).
 */
final class JarBinaries {
    /** One resolver per jar: zonky keeps the binaries it prepared per resolver, so a second server from the same jar reuses them. */
    private static final Map<Path, PgBinaryResolver> RESOLVERS = new ConcurrentHashMap<>();

    private JarBinaries() {
    }

    static PgBinaryResolver resolver(Path jar) {
        return RESOLVERS.computeIfAbsent(jar.toAbsolutePath().normalize(), JarBinaries::jarResolver);
    }

    private static PgBinaryResolver jarResolver(Path jar) {
        return (system, hardware) -> {
            String name = ("postgres-" + system + "-" + hardware + ".txz").toLowerCase(Locale.ROOT);
            JarFile file = new JarFile(jar.toFile());
            ZipEntry entry = file.getEntry(name);
            InputStream in;
            try {
                if (entry == null) {
                    throw new IOException(jar + " holds no " + name + ": it is not the binaries jar for this platform");
                }
                in = file.getInputStream(entry);
            } catch (IOException | RuntimeException e) {
                file.close();
                throw e;
            }
            return new FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        file.close();
                    }
                }
            };
        };
    }
}
