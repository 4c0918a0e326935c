package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.model.SourceLocation;
import dev.dibs.engine.testing.JavaSources;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the annotation processor wrote, read back as the loaders use it. */
class SourceInfoTest {

    @TempDir
    Path dir;

    @Test
    void readsWhatTheProcessorWroteForATableAndAMigration() throws Exception {
        List<Path> classpath = JavaSources.compile(dir, Map.of(
                "p/A.java", """
                        package p;
                        import dev.dibs.*;
                        /** People who sign in, "quoted" \\ and ünïcode. */
                        @Table("a")
                        public class A {
                            @Pk long id;
                            /** Where we send mail. */
                            String email;
                        }
                        """,
                "p/M.java", """
                        package p;
                        import dev.dibs.*;
                        /** Adds a. */
                        @Migration("20260101_a")
                        public class M implements DibsMigration {
                            public void migrate(MigrationContext ctx) { ctx.log("nothing"); }
                        }
                        """));
        try (SourceInfo.Reader reader = new SourceInfo.Reader(classpath)) {
            SourceInfo a = reader.read("p.A");
            assertThat(a.type()).isEqualTo("p.A");
            assertThat(a.doc()).isEqualTo("People who sign in, \"quoted\" \\ and ünïcode.");
            assertThat(a.location()).isEqualTo(new SourceLocation("p/A.java", 4, 1));
            assertThat(a.checksum()).isNull();
            assertThat(a.member("email").doc()).isEqualTo("Where we send mail.");
            assertThat(a.member("email").location().line()).isEqualTo(8);
            assertThat(a.member("id").doc()).isNull();

            SourceInfo m = reader.read("p.M");
            assertThat(m.checksum()).isNotBlank();
            assertThat(m.doc()).isEqualTo("Adds a.");

            assertThat(reader.read("p.Nothing")).isNull();
        }
    }

    @Test
    void aFileOfAnotherFormatOrNotAnObjectIsMissingAndFieldsAddedLaterAreSkipped() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/META-INF/dibs"));
        Files.writeString(classes.resolve("p.Old.json"), "{\"format\":2,\"type\":\"p.Old\",\"file\":\"p/Old.java\",\"line\":1}");
        Files.writeString(classes.resolve("p.New.json"), """
                {"format":1,"kind":"table","later":{"members":[1,2]},"type":"p.New","file":"p/New.java","line":3,
                 "column":1,"doc":null,"extra":[{"a":[]}],
                 "members":[{"name":"x","line":4,"column":5,"doc":"X.","flags":[true]},{"name":"y","line":6,"column":5,"doc":null}]}
                """);
        Files.writeString(classes.resolve("p.Bad.json"), "{\"format\":1,\"type\":");
        Files.writeString(classes.resolve("p.Empty.json"), "");
        Files.writeString(classes.resolve("p.List.json"), "[{\"format\":1}]");
        // numbers written as text, and a members list with an entry that is not one: read as the tree reading did
        Files.writeString(classes.resolve("p.Text.json"), """
                {"format":"1","type":"p.Text","file":"p/Text.java","line":"7","column":2.0,
                 "members":[3,{"name":"z","line":8,"column":3,"doc":"Z."},[]],"doc":"After the members."}
                """);
        try (SourceInfo.Reader reader = new SourceInfo.Reader(List.of(dir.resolve("classes")))) {
            assertThat(reader.read("p.Old")).isNull();
            SourceInfo info = reader.read("p.New");
            assertThat(info.location()).isEqualTo(new SourceLocation("p/New.java", 3, 1));
            assertThat(info.doc()).isNull();
            assertThat(info.members()).containsOnlyKeys("x", "y");
            assertThat(info.member("x").doc()).isEqualTo("X.");
            assertThat(info.member("y").location()).isEqualTo(new SourceLocation("p/New.java", 6, 5));
            assertThat(reader.read("p.Empty")).isNull();
            assertThat(reader.read("p.List")).isNull();
            SourceInfo text = reader.read("p.Text");
            assertThat(text.location()).isEqualTo(new SourceLocation("p/Text.java", 7, 2));
            assertThat(text.members()).containsOnlyKeys("z");
            assertThat(text.doc()).isEqualTo("After the members.");
            assertThatThrownBy(() -> reader.read("p.Bad")).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("META-INF/dibs/p.Bad.json").hasMessageContaining("annotation processor");
        }
    }
}
