package dev.dibs.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the processor behaves inside real builds: checksums, rounds, partial and failing compiles. */
class DibsProcessorBuildTest {
    private static final String MIGRATION = String.join("\r\n",
            "package com.acme.db;",
            "",
            "import dev.dibs.DibsMigration;",
            "import dev.dibs.Migration;",
            "import dev.dibs.MigrationContext;",
            "",
            "/** Creates the users table. */",
            "@Migration(\"20261125120000_create_users\")",
            "public final class CreateUsers implements DibsMigration {",
            "    @Override public void migrate(MigrationContext ctx) throws Exception {",
            "        ctx.execute(\"CREATE TABLE users (id bigint)\");",
            "    }",
            "}",
            "");

    private Compilation compilation;

    @BeforeEach
    void setUp(@TempDir Path root) {
        compilation = new Compilation(root);
    }

    @Test
    void migrationCarriesChecksumOfItsSourceWithNormalisedLineEndings() throws Exception {
        compilation.source("com/acme/db/CreateUsers.java", MIGRATION);

        assertThat(compilation.compile("com/acme/db/CreateUsers.java").success).isTrue();

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(MIGRATION.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(compilation.json("com.acme.db.CreateUsers")).isEqualTo(
                "{\"format\":1,\"kind\":\"migration\",\"type\":\"com.acme.db.CreateUsers\","
                        + "\"file\":\"com/acme/db/CreateUsers.java\",\"line\":8,\"column\":1,"
                        + "\"doc\":\"Creates the users table.\",\"checksum\":\"" + expected + "\",\"members\":[]}\n");
    }

    @Test
    void procNoneProducesNothing() {
        compilation.source("com/acme/A.java", table("A"));

        assertThat(compilation.compile(List.of("-proc:none"), "com/acme/A.java").success).isTrue();

        assertThat(compilation.out().resolve("com/acme/A.class")).exists();
        assertThat(compilation.out().resolve("META-INF/dibs")).doesNotExist();
    }

    @Test
    void partialRecompileKeepsOtherTypesAndUpdatesTheRecompiledOne() throws IOException {
        compilation.source("com/acme/A.java", table("A"));
        compilation.source("com/acme/B.java", table("B"));
        assertThat(compilation.compile("com/acme/A.java", "com/acme/B.java").success).isTrue();
        String b = compilation.json("com.acme.B");

        compilation.source("com/acme/A.java", "\n\n" + table("A").replace("Table A.", "Table A, changed."));
        assertThat(compilation.compile("com/acme/A.java").success).isTrue();

        assertThat(compilation.json("com.acme.B")).isEqualTo(b);
        assertThat(compilation.json("com.acme.A"))
                .contains("\"line\":6,")
                .contains("\"doc\":\"Table A, changed.\"");
        try (var files = Files.list(compilation.out().resolve("META-INF/dibs"))) {
            assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
                    .containsExactlyInAnyOrder("com.acme.A.json", "com.acme.B.json");
        }
    }

    @Test
    void compileErrorsElsewhereDoNotUpsetTheProcessor() {
        compilation.source("com/acme/A.java", table("A"));
        compilation.source("com/acme/Broken.java", """
                package com.acme;

                class Broken {
                    int x = "not a number";
                }
                """);
        compilation.source("com/acme/Missing.java", """
                package com.acme;

                @dev.dibs.Table("missing")
                record Missing(NoSuchType value) {}
                """);

        Compilation.Result result = compilation.compile("com/acme/A.java", "com/acme/Broken.java", "com/acme/Missing.java");

        assertThat(result.success).isFalse();
        assertThat(result.messages(Diagnostic.Kind.WARNING)).isEmpty();
        assertThat(result.messages(Diagnostic.Kind.ERROR))
                .allSatisfy(message -> assertThat(message).doesNotContainIgnoringCase("processor"));
        assertThat(compilation.jsonFile("com.acme.A")).exists();
        assertThat(compilation.json("com.acme.Missing")).contains("{\"name\":\"value\",\"line\":4,");
    }

    @Test
    void aResourceItCannotWriteIsAWarningNotAFailure() {
        compilation.source("com/acme/A.java", table("A"));
        compilation.source("com/acme/B.java", table("B"));

        Compilation.Result result = compilation.compileWith(
                List.of(new ResourceSquatter("META-INF/dibs/com.acme.A.json"), new DibsProcessor()),
                "com/acme/A.java", "com/acme/B.java");

        assertThat(result.success).as(result.toString()).isTrue();
        assertThat(result.messages(Diagnostic.Kind.WARNING)).singleElement().asString()
                .startsWith("dibs: could not record source information for com.acme.A: ");
        assertThat(compilation.json("com.acme.A")).isEqualTo("squatted");
        assertThat(compilation.jsonFile("com.acme.B")).exists();
    }

    @Test
    void typesGeneratedInALaterRoundAreRecordedToo() {
        compilation.source("com/acme/A.java", table("A"));

        Compilation.Result result = compilation.compileWith(
                List.of(new TableGenerator(), new DibsProcessor()), "com/acme/A.java");

        assertThat(result.success).as(result.toString()).isTrue();
        assertThat(compilation.jsonFile("com.acme.A")).exists();
        assertThat(compilation.json("com.acme.Generated")).isEqualTo(
                "{\"format\":1,\"kind\":\"table\",\"type\":\"com.acme.Generated\",\"file\":\"com/acme/Generated.java\","
                        + "\"line\":3,\"column\":1,\"doc\":\"Made by a processor.\",\"members\":[]}\n");
    }

    @Test
    void serviceFileRegistersTheProcessor() throws Exception {
        Path classes = Compilation.dibsApiClasses();
        Path serviceFile = classes.resolve("META-INF/services/javax.annotation.processing.Processor");
        assertThat(Files.readAllLines(serviceFile)).containsExactly("dev.dibs.processing.DibsProcessor");

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            assertThat(ServiceLoader.load(Processor.class, loader).stream().map(p -> p.type().getName()))
                    .containsExactly("dev.dibs.processing.DibsProcessor");
        }
    }

    @Test
    void javacFindsTheProcessorOnTheClassPathWithoutBeingTold() {
        compilation.source("com/acme/A.java", table("A"));

        // javac 23 and newer run processors found on the class path only with -proc:full.
        List<String> options = Runtime.version().feature() >= 23 ? List.of("-proc:full") : List.of();
        assertThat(compilation.compile(options, "com/acme/A.java").success).isTrue();

        assertThat(compilation.jsonFile("com.acme.A")).exists();
    }

    private static String table(String name) {
        return "package com.acme;\n\n/** Table " + name + ". */\n@dev.dibs.Table(\"" + name.toLowerCase()
                + "\")\npublic record " + name + "(long id) {}\n";
    }

    /** Writes a resource before dibs does, so that dibs's own attempt fails. */
    private static final class ResourceSquatter extends AbstractProcessor {
        private final String path;

        ResourceSquatter(String path) {
            this.path = path;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!round.processingOver() && !round.getRootElements().isEmpty()) {
                try (Writer out = processingEnv.getFiler()
                        .createResource(StandardLocation.CLASS_OUTPUT, "", path).openWriter()) {
                    out.write("squatted");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return false;
        }
    }

    /** Generates a {@code @Table} source in the first round, as code generators do. */
    private static final class TableGenerator extends AbstractProcessor {
        private boolean generated;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (generated) {
                return false;
            }
            generated = true;
            try (Writer out = processingEnv.getFiler().createSourceFile("com.acme.Generated").openWriter()) {
                out.write("package com.acme;\n/** Made by a processor. */\n@dev.dibs.Table(\"generated\")\n"
                        + "public class Generated {}\n");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return false;
        }
    }
}
