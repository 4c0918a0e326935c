package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dibs's checksum of a SQL migration equals the one flyway-core 13.12.0 computes of the same class-path file. */
class FlywayChecksumTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("deprecation") // Location(String): the resource only needs some location; how it is made does not matter
    void equalsFlywaysOwnOnTrickyFiles() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("V1__lf.sql", utf8("CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n"));
        files.put("V2__crlf.sql", utf8("CREATE TABLE a (id int);\r\nINSERT INTO a VALUES (1);\r\n"));
        files.put("V3__no_final_newline.sql", utf8("CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);"));
        files.put("V4__bom.sql", utf8("\uFEFFCREATE TABLE a (id int);\n"));
        files.put("V5__empty_lines.sql", utf8("\n\nCREATE TABLE a (id int);\n\n\n-- end\n\n"));
        files.put("V6__non_ascii.sql", utf8("COMMENT ON TABLE a IS 'Grüße, 日本語, emoji 🎉';\n"));
        files.put("V7__empty.sql", new byte[0]);
        files.put("V8__old_mac.sql", utf8("SELECT 1;\rSELECT 2;\r"));
        files.put("V9__trailing_spaces.sql", utf8("SELECT 1;   \n\t\n"));
        files.put("V10__bom_only.sql", utf8("\uFEFF"));
        Path folder = Files.createDirectories(dir.resolve("db/migration"));
        for (var e : files.entrySet()) {
            Files.write(folder.resolve(e.getKey()), e.getValue());
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            for (var e : files.entrySet()) {
                ClassPathResource resource = new ClassPathResource(new Location("classpath:db/migration"),
                        "db/migration/" + e.getKey(), loader, StandardCharsets.UTF_8);
                int flyway = ChecksumCalculator.calculate(resource);
                String text = new String(e.getValue(), StandardCharsets.UTF_8);
                assertThat(FlywayChecksum.of(text)).as(e.getKey()).isEqualTo(flyway);
                assertThat(FlywayChecksum.stored(text)).isEqualTo("flyway:" + flyway);
            }
        }
        // line ends do not count, content does
        assertThat(FlywayChecksum.of("a\nb\n")).isEqualTo(FlywayChecksum.of("a\r\nb")).isNotEqualTo(FlywayChecksum.of("a\nc\n"));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
