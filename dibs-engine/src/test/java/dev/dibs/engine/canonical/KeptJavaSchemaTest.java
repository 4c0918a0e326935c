package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.load.ShopFixture;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.load.jpa.JpaSettings;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.testing.JavaSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java schema is read from the classes once and taken back while the class path holds the same
 * content; each test counts the reads to see whether the classes were scanned again.
 */
class KeptJavaSchemaTest {

    @TempDir
    Path dir;

    private static final String ORDER = """
            @Table("orders")
            public record Order(@Pk long id, int price, String kind) {}
            """;

    /** Reads through the real loader, counting the reads. */
    private final AtomicInteger reads = new AtomicInteger();
    private final Function<IntentLoader, LoadedSchema> counted = loader -> {
        reads.incrementAndGet();
        return loader.load();
    };

    private CanonicalCache cache() {
        return CanonicalCache.in(dir.resolve("cache"), "dibs test build");
    }

    private static IntentLoader loader(List<Path> classpath) {
        return IntentLoader.builder().classpath(classpath).packages(List.of("e")).build();
    }

    @Test
    void unchangedClassesAreReadOnceAndTheKeptSchemaIsEqual() {
        List<Path> classpath = TestSchemas.compile(dir.resolve("m"), ORDER);
        LoadedSchema first = KeptJavaSchema.load(loader(classpath), cache(), counted);
        // compiled again to the same bytes (new file times): still the same classes
        TestSchemas.compile(dir.resolve("m"), ORDER);

        LoadedSchema again = KeptJavaSchema.load(loader(classpath), cache(), counted);

        assertThat(reads).as("the second goal scans nothing").hasValue(1);
        assertThat(again).isEqualTo(first);
        assertThat(again.schema().table(new QualifiedName("public", "orders"))).isPresent();
        assertThat(again.origins().tables().get(new QualifiedName("public", "orders")).javaName()).isEqualTo("e.Order");
    }

    @Test
    void aSchemaUsingEveryAnnotationComesBackEqual() throws IOException {
        Map<String, String> sources = new java.util.LinkedHashMap<>(ShopFixture.sources());
        sources.put("com/acme/shop/OrgNames.java", """
                package com.acme.shop;
                import dev.dibs.*;
                @View("SELECT o.id AS org_id, o.name FROM orgs o")
                public record OrgNames(long orgId, String name) {}
                """);
        List<Path> classpath = JavaSources.compile(dir.resolve("shop"), sources);
        Files.createDirectories(dir.resolve("shop/classes/dibs"));
        Files.writeString(dir.resolve("shop/classes/dibs/numbers.sql"), "CREATE SEQUENCE invoice_numbers START 1000;\n");
        IntentLoader loader = IntentLoader.builder().classpath(classpath).packages(List.of("com.acme.shop"))
                .schemas(List.of("public", "sales")).build();
        LoadedSchema first = KeptJavaSchema.load(loader, cache(), counted);
        assertThat(first.renames().columns()).isNotEmpty();
        assertThat(first.typedViews()).isNotEmpty();
        assertThat(first.declarations()).isNotEmpty();
        assertThat(first.schema().enums()).isNotEmpty();

        LoadedSchema kept = KeptJavaSchema.load(loader, cache(), counted);

        assertThat(reads).hasValue(1);
        assertThat(kept).isEqualTo(first).isNotSameAs(first);
    }

    @Test
    void aClassChangedToTheSameSizeAndTimeIsReadAgain() throws IOException {
        List<Path> classpath = TestSchemas.compile(dir.resolve("m"), ORDER);
        KeptJavaSchema.load(loader(classpath), cache(), counted);
        Path order = dir.resolve("m/classes/e/Order.class");
        long size = Files.size(order);
        FileTime time = Files.getLastModifiedTime(order);

        TestSchemas.compile(dir.resolve("m"), ORDER.replace("\"orders\"", "\"orderz\""));
        Files.setLastModifiedTime(order, time);
        assertThat(Files.size(order)).as("only the content tells them apart").isEqualTo(size);
        LoadedSchema changed = KeptJavaSchema.load(loader(classpath), cache(), counted);

        assertThat(reads).hasValue(2);
        assertThat(changed.schema().table(new QualifiedName("public", "orderz"))).isPresent();
        assertThat(changed.schema().table(new QualifiedName("public", "orders"))).isEmpty();
    }

    @Test
    void aChangedSqlFileAnotherJarOrOtherSettingsAreReadAgain() throws IOException {
        List<Path> classpath = new ArrayList<>(TestSchemas.compile(dir.resolve("m"), ORDER));
        Path sql = dir.resolve("m/classes/dibs/numbers.sql");
        Files.createDirectories(sql.getParent());
        Files.writeString(sql, "CREATE SEQUENCE invoice_numbers START 1000;\n");
        LoadedSchema first = KeptJavaSchema.load(loader(classpath), cache(), counted);
        assertThat(first.declarations()).hasSize(1);

        Files.writeString(sql, "CREATE SEQUENCE invoice_numbers START 2000;\n");
        LoadedSchema changedFile = KeptJavaSchema.load(loader(classpath), cache(), counted);
        assertThat(reads).hasValue(2);
        assertThat(changedFile.declarations().get(0).sql()).contains("2000");

        Path jar = dir.resolve("lib.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.flush();
        }
        classpath.add(jar);
        KeptJavaSchema.load(loader(classpath), cache(), counted);
        KeptJavaSchema.load(loader(classpath), cache(), counted);
        assertThat(reads).as("a jar added: read once more, then kept").hasValue(3);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1_000));
        KeptJavaSchema.load(loader(classpath), cache(), counted);
        assertThat(reads).as("a jar replaced (another time)").hasValue(4);

        IntentLoader otherSchemas = IntentLoader.builder().classpath(classpath).packages(List.of("e"))
                .schemas(List.of("public", "audit")).build();
        KeptJavaSchema.load(otherSchemas, cache(), counted);
        IntentLoader allPackages = IntentLoader.builder().classpath(classpath).build();
        KeptJavaSchema.load(allPackages, cache(), counted);
        assertThat(reads).hasValue(6);
        KeptJavaSchema.load(loader(classpath), CanonicalCache.in(dir.resolve("cache"), "another dibs build"), counted);
        assertThat(reads).as("another build of dibs reads its own").hasValue(7);
    }

    @Test
    void aSchemaWithProblemsIsReadAndRefusedEveryTime() {
        List<Path> classpath = TestSchemas.compile(dir.resolve("m"), "@Index(columns = \"nope\")\n" + ORDER);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> KeptJavaSchema.load(loader(classpath), cache(), counted))
                    .isInstanceOf(SchemaValidationException.class);
        }
        assertThat(reads).hasValue(2);
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void classesChangedWhileReadAreNotKept() {
        List<Path> classpath = TestSchemas.compile(dir.resolve("m"), ORDER);
        // a compile lands between the fingerprint and the scan: what is read is the new classes
        Function<IntentLoader, LoadedSchema> compiledMeanwhile = loader -> {
            TestSchemas.compile(dir.resolve("m"), ORDER.replace("String kind", "String kind, String note"));
            return counted.apply(loader);
        };
        assertThat(KeptJavaSchema.load(loader(classpath), cache(), compiledMeanwhile).schema()
                .table(new QualifiedName("public", "orders")).orElseThrow().columns()).hasSize(4);
        // back to the classes the fingerprint was taken of: their own schema, not the one read meanwhile
        TestSchemas.compile(dir.resolve("m"), ORDER);

        LoadedSchema back = KeptJavaSchema.load(loader(classpath), cache(), counted);

        assertThat(reads).hasValue(2);
        assertThat(back.schema().table(new QualifiedName("public", "orders")).orElseThrow().columns()).hasSize(3);
    }

    @Test
    void theApplicationsOwnJpaNamingOrACacheTurnedOffAlwaysReads() {
        List<Path> classpath = TestSchemas.compile(dir.resolve("m"), ORDER);
        IntentLoader ownNaming = IntentLoader.builder().classpath(classpath).packages(List.of("e"))
                .jpa(new JpaSettings("spring", "", "com.acme.Naming")).build();
        KeptJavaSchema.load(ownNaming, cache(), counted);
        KeptJavaSchema.load(ownNaming, cache(), counted);
        KeptJavaSchema.load(loader(classpath), CanonicalCache.OFF, counted);
        KeptJavaSchema.load(loader(classpath), CanonicalCache.OFF, counted);

        assertThat(reads).hasValue(4);
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void theFingerprintFollowsWhatTheSchemaIsReadFromByContentAndNamesEveryEntry() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(a.resolve("META-INF/dibs"));
        writeAtTimeZero(a.resolve("x.sql"), "one");
        Files.writeString(a.resolve("META-INF/dibs/e.Order.json"), "{}");
        String first = ClassPathFingerprint.of(List.of(a)).orElseThrow();
        Files.setLastModifiedTime(a.resolve("META-INF/dibs/e.Order.json"), FileTime.fromMillis(0));
        assertThat(ClassPathFingerprint.of(List.of(a))).as("times alone").contains(first);

        // each step below changes the class path once; every fingerprint must be new
        Map<String, String> seen = new HashMap<>();
        writeAtTimeZero(a.resolve("META-INF/dibs/e.Order.json"), "[]");
        seen.put(ClassPathFingerprint.of(List.of(a)).orElseThrow(), "source information, same size and time");
        writeAtTimeZero(a.resolve("x.sql"), "two");
        seen.put(ClassPathFingerprint.of(List.of(a)).orElseThrow(), "content, same size and time");
        Files.move(a.resolve("x.sql"), a.resolve("y.sql"));
        seen.put(ClassPathFingerprint.of(List.of(a)).orElseThrow(), "name");
        Files.writeString(a.resolve("logo.svg"), "<svg/>");
        seen.put(ClassPathFingerprint.of(List.of(a)).orElseThrow(), "another file");
        Files.setLastModifiedTime(a.resolve("logo.svg"), FileTime.fromMillis(0));
        seen.put(ClassPathFingerprint.of(List.of(a)).orElseThrow(), "a file that is not read, by its time");
        writeAtTimeZero(a.resolve("Z.SQL"), "one");
        seen.put(ClassPathFingerprint.of(List.of(a)).orElseThrow(), "another SQL file");
        writeAtTimeZero(a.resolve("Z.SQL"), "two");
        seen.put(ClassPathFingerprint.of(List.of(a)).orElseThrow(), "an SQL file in capitals, by content");
        seen.put(ClassPathFingerprint.of(List.of(a, dir.resolve("missing"))).orElseThrow(), "missing element");
        seen.put(ClassPathFingerprint.of(List.of(dir.resolve("missing"), a)).orElseThrow(), "order");
        assertThat(seen).hasSize(9).doesNotContainKey(first);
    }

    @Test
    void aFolderThatCannotBeWalkedGivesNoFingerprintAndTheClassesAreRead() throws IOException {
        List<Path> classpath = TestSchemas.compile(dir.resolve("m"), ORDER);
        Files.createSymbolicLink(dir.resolve("m/classes/e/loop"), dir.resolve("m/classes"));
        assertThat(ClassPathFingerprint.of(classpath)).as("a link back up the tree").isEmpty();

        LoadedSchema read = KeptJavaSchema.load(loader(classpath), cache(), counted);
        KeptJavaSchema.load(loader(classpath), cache(), counted);

        assertThat(reads).as("read every time, nothing kept").hasValue(2);
        assertThat(read.schema().table(new QualifiedName("public", "orders"))).isPresent();
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    private static void writeAtTimeZero(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
    }

    @Test
    void anElementThroughALinkAndDotDotIsWhereTheLinkLeads() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real/sub"));
        Path classes = Files.createDirectories(dir.resolve("real/classes"));
        writeAtTimeZero(classes.resolve("x.sql"), "one");
        Files.createDirectories(dir.resolve("x"));
        Files.createSymbolicLink(dir.resolve("x/link"), real);
        // the file system reads x/link/../classes as real/classes; as text it would be x/classes
        Path element = Path.of(dir.resolve("x/link").toString(), "..", "classes");
        String first = ClassPathFingerprint.of(List.of(element)).orElseThrow();

        writeAtTimeZero(classes.resolve("x.sql"), "two");

        assertThat(ClassPathFingerprint.of(List.of(element)).orElseThrow()).isNotEqualTo(first);
    }
}
