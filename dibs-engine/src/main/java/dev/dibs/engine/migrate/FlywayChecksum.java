package dev.dibs.engine.migrate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum Flyway records for a SQL migration, computed as Flyway 13 does: a CRC32 over the
 * UTF-8 bytes of each line as {@link BufferedReader#readLine()} returns it (so {@code \n},
 * {@code \r\n} and {@code \r} count alike, and neither line ends nor a final newline are part of
 * it), with a byte order mark dropped from the first line, kept as a signed 32-bit int.
 * {@code FlywayChecksumTest} compares it with flyway-core's own calculation.
 */
final class FlywayChecksum {

    /** How dibs stores it in {@code __dibs_migrations.checksum}, so a Flyway checksum never equals a dibs one. */
    static final String PREFIX = "flyway:";

    private FlywayChecksum() {
    }

    static int of(String text) {
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            String line = lines.readLine();
            boolean first = true;
            while (line != null) {
                if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                first = false;
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                line = lines.readLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return (int) crc.getValue();
    }

    static String stored(String text) {
        return PREFIX + of(text);
    }
}
