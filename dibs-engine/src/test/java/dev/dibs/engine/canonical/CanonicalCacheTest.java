package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.ForwardingServer;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java schema read back from the scratch server is kept between goals, keyed by everything it
 * depends on; each test counts the scratch databases made to see whether PostgreSQL was asked again.
 */
@WithPostgres
class CanonicalCacheTest {

    @TempDir
    Path dir;

    private static final String ORDER = """
            @Table("orders")
            @Check("price >= 0")
            @Index(columns = "(lower(kind))", where = "status <> 'DONE'")
            public record Order(@Pk long id, int price, @Default("'PENDING'") Status status, String kind) {}
            """;
    private static final String STATUS = "public enum Status { PENDING, DONE }";

    /** The test's server under an identity of the test's choosing, counting the scratch databases made on it. */
    private static final class Counted extends ForwardingServer {
        final AtomicInteger databases = new AtomicInteger();
        private final String identity;

        Counted(PostgresServer server, String identity) {
            super(server);
            this.identity = identity;
        }

        @Override
        public ConnectionInfo createDatabase(String prefix) {
            databases.incrementAndGet();
            return super.createDatabase(prefix);
        }

        @Override
        public String identity() {
            return identity;
        }

        @Override
        public void close() {
            // the shared test server stays up
        }
    }

    private LoadedSchema load(String name, String... types) {
        return IntentLoader.builder().classpath(TestSchemas.compile(dir.resolve(name), types)).packages(List.of("e")).load();
    }

    private CanonicalCache cache() {
        return CanonicalCache.in(dir.resolve("cache"), "dibs test build");
    }

    @Test
    void theSameSchemaOnTheSameServerIsReadBackOnceAndTheKeptResultIsEqual(PostgresServer server) {
        Counted scratch = new Counted(server, "embedded PostgreSQL test");
        LoadedSchema intent = load("a", ORDER, STATUS);
        Canonicalizer.Canonical first = Canonicalizer.canonicalize(intent, scratch, List.of(), cache());
        assertThat(scratch.databases).hasValue(1);

        Canonicalizer.Canonical again = Canonicalizer.canonicalize(load("b", ORDER, STATUS), scratch, List.of(), cache());

        assertThat(scratch.databases).as("no scratch database the second time").hasValue(1);
        assertThat(again).isEqualTo(first);
        assertThat(again.inspection().schema().table(new QualifiedName("public", "orders")).orElseThrow()
                .checks().get(0).expression()).isEqualTo("(price >= 0)");
    }

    @Test
    void aChangedSchemaAnotherServerOrAnotherBuildOfDibsIsBuiltAgain(PostgresServer server) {
        Counted scratch = new Counted(server, "embedded PostgreSQL test");
        Canonicalizer.Canonical first = Canonicalizer.canonicalize(load("a", ORDER, STATUS), scratch, List.of(), cache());

        LoadedSchema wider = load("b", ORDER.replace("String kind)", "String kind, String note)"), STATUS);
        Canonicalizer.Canonical changed = Canonicalizer.canonicalize(wider, scratch, List.of(), cache());
        assertThat(scratch.databases).hasValue(2);
        assertThat(changed).isNotEqualTo(first);

        Counted otherVersion = new Counted(server, "embedded PostgreSQL other");
        Canonicalizer.canonicalize(load("c", ORDER, STATUS), otherVersion, List.of(), cache());
        assertThat(otherVersion.databases).hasValue(1);

        Canonicalizer.canonicalize(load("d", ORDER, STATUS), scratch, List.of(),
                CanonicalCache.in(dir.resolve("cache"), "another dibs build"));
        assertThat(scratch.databases).hasValue(3);
    }

    @Test
    void aServerWithoutIdentityOrACacheTurnedOffAlwaysBuilds(PostgresServer server) {
        Counted unknown = new Counted(server, null);
        Canonicalizer.canonicalize(load("a", ORDER, STATUS), unknown, List.of(), cache());
        Canonicalizer.canonicalize(load("a", ORDER, STATUS), unknown, List.of(), cache());
        assertThat(unknown.databases).hasValue(2);

        Counted known = new Counted(server, "embedded PostgreSQL test");
        Canonicalizer.canonicalize(load("a", ORDER, STATUS), known, List.of(), CanonicalCache.OFF);
        Canonicalizer.canonicalize(load("a", ORDER, STATUS), known, List.of(), CanonicalCache.OFF);
        assertThat(known.databases).hasValue(2);
    }

    @Test
    void aSchemaPostgresRefusesIsRefusedEveryTime(PostgresServer server) {
        Counted scratch = new Counted(server, "embedded PostgreSQL test");
        LoadedSchema bad = load("a", ORDER.replace("price >= 0", "pryce >= 0"), STATUS);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> Canonicalizer.canonicalize(bad, scratch, List.of(), cache()))
                    .isInstanceOf(SchemaValidationException.class).hasMessageContaining("pryce");
        }
        assertThat(scratch.databases).hasValue(2);
    }

    @Test
    void aDamagedFileIsDeletedAndTheSchemaBuiltAgain(PostgresServer server) throws Exception {
        Counted scratch = new Counted(server, "embedded PostgreSQL test");
        Canonicalizer.Canonical first = Canonicalizer.canonicalize(load("a", ORDER, STATUS), scratch, List.of(), cache());
        Path kept = onlyFile();
        byte[] bytes = Files.readAllBytes(kept);
        Files.write(kept, java.util.Arrays.copyOf(bytes, bytes.length - 7));

        Canonicalizer.Canonical again = Canonicalizer.canonicalize(load("a", ORDER, STATUS), scratch, List.of(), cache());

        assertThat(scratch.databases).hasValue(2);
        assertThat(again).isEqualTo(first);
        assertThat(Files.readAllBytes(onlyFile())).isEqualTo(bytes);
    }

    @Test
    void aDirectoryOthersCanWriteToIsNotUsed(PostgresServer server) throws Exception {
        Counted scratch = new Counted(server, "embedded PostgreSQL test");
        Canonicalizer.canonicalize(load("a", ORDER, STATUS), scratch, List.of(), cache());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("cache")))).isEqualTo("rwx------");
        Files.setPosixFilePermissions(dir.resolve("cache"), PosixFilePermissions.fromString("rwxrwxrwx"));

        Canonicalizer.canonicalize(load("a", ORDER, STATUS), scratch, List.of(), cache());

        assertThat(scratch.databases).as("a file there could have been put by anyone").hasValue(2);
    }

    @Test
    void keepsTheMostRecentlyUsedFilesOnly(PostgresServer server) throws Exception {
        Counted scratch = new Counted(server, "embedded PostgreSQL test");
        CanonicalCache cache = cache();
        LoadedSchema intent = load("a", ORDER, STATUS);
        Canonicalizer.canonicalize(intent, scratch, List.of(), cache);
        Path mine = onlyFile();
        for (int i = 0; i < CanonicalCache.KEPT + 3; i++) {
            Path other = dir.resolve("cache").resolve("%064d.bin".formatted(i));
            Files.write(other, new byte[] {1});
            Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.fromMillis(1_000_000L + i));
        }
        Files.setLastModifiedTime(mine, java.nio.file.attribute.FileTime.fromMillis(0));
        // used now: the oldest of all, yet kept, since a use makes it the most recent
        Canonicalizer.canonicalize(intent, scratch, List.of(), cache);
        Canonicalizer.canonicalize(load("b", ORDER.replace("String kind)", "String kind, int n)"), STATUS), scratch, List.of(), cache);

        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".bin")).count()).isEqualTo(CanonicalCache.KEPT);
        }
        assertThat(mine).exists();
        assertThat(dir.resolve("cache").resolve("%064d.bin".formatted(0))).doesNotExist();
        assertThat(scratch.databases).hasValue(2);
    }

    @Test
    void classesOutsideAJarOrThePropertyTurnItOff() {
        // the tests run dibs from target/classes, which can change under the same name: never cached
        assertThat(CanonicalCache.standard()).isSameAs(CanonicalCache.OFF);
        assertThat(CanonicalCache.configured(null, null, dir)).isSameAs(CanonicalCache.OFF);
        assertThat(CanonicalCache.configured(" OFF ", "a build", dir)).isSameAs(CanonicalCache.OFF);
        assertThat(CanonicalCache.configured(null, "a build", dir)).isNotSameAs(CanonicalCache.OFF);
        assertThat(CanonicalCache.configured("", "a build", dir)).isNotSameAs(CanonicalCache.OFF);
    }

    @Test
    void anotherTimeZoneOrChangedSqlFilesAreBuiltAgain(PostgresServer server) throws Exception {
        Counted scratch = new Counted(server, "embedded PostgreSQL test");
        String sequence = "CREATE SEQUENCE invoice_numbers START 1000;\n";
        LoadedSchema intent = withSql("a", sequence);
        Canonicalizer.Canonical first = Canonicalizer.canonicalize(intent, scratch, List.of(), cache());
        Canonicalizer.canonicalize(intent, scratch, List.of(), cache());
        assertThat(scratch.databases).as("the same files: kept").hasValue(1);

        Canonicalizer.Canonical changed = Canonicalizer.canonicalize(withSql("c", sequence.replace("1000", "2000")), scratch,
                List.of(), cache());
        assertThat(scratch.databases).hasValue(2);
        assertThat(changed).isNotEqualTo(first);

        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone.getID().equals("Asia/Tokyo") ? "UTC" : "Asia/Tokyo"));
            Canonicalizer.canonicalize(intent, scratch, List.of(), cache());
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
        assertThat(scratch.databases).as("timestamptz constants read in another zone").hasValue(3);
    }

    @Test
    void aReadOnlyCacheTakesWhatWasKeptAndKeepsNothing(PostgresServer server) throws Exception {
        Counted scratch = new Counted(server, "embedded PostgreSQL test");
        Canonicalizer.canonicalize(load("a", ORDER, STATUS), scratch, List.of(), cache().readOnly());
        assertThat(dir.resolve("cache")).doesNotExist();
        Canonicalizer.Canonical kept = Canonicalizer.canonicalize(load("b", ORDER, STATUS), scratch, List.of(), cache());
        assertThat(scratch.databases).hasValue(2);

        Canonicalizer.Canonical taken = Canonicalizer.canonicalize(load("c", ORDER, STATUS), scratch, List.of(), cache().readOnly());
        Canonicalizer.canonicalize(load("d", ORDER.replace("String kind)", "String kind, int n)"), STATUS), scratch, List.of(),
                cache().readOnly());

        assertThat(taken).isEqualTo(kept);
        assertThat(scratch.databases).hasValue(3);
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".bin"))).hasSize(1);
        }
    }

    @Test
    void aDirectoryThatIsALinkIsNotUsed(PostgresServer server) throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Files.createSymbolicLink(dir.resolve("cache"), real);
        Counted scratch = new Counted(server, "embedded PostgreSQL test");
        Canonicalizer.canonicalize(load("a", ORDER, STATUS), scratch, List.of(), cache());
        Canonicalizer.canonicalize(load("a", ORDER, STATUS), scratch, List.of(), cache());
        assertThat(scratch.databases).as("the link could lead anywhere").hasValue(2);
        try (Stream<Path> files = Files.list(real)) {
            assertThat(files).isEmpty();
        }
    }

    private LoadedSchema withSql(String name, String sql) throws Exception {
        List<Path> classpath = TestSchemas.compile(dir.resolve(name), ORDER, STATUS);
        Path sqlFile = dir.resolve(name).resolve("classes/dibs/schema.sql");
        Files.createDirectories(sqlFile.getParent());
        Files.writeString(sqlFile, sql);
        return IntentLoader.builder().classpath(classpath).packages(List.of("e")).load();
    }

    private Path onlyFile() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".bin")).toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }
}
