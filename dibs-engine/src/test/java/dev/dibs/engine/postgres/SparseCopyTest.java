package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy without the zero blocks reads exactly as the original, whatever its length and where its data lies. */
class SparseCopyTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSameAsTheOriginal() throws Exception {
        Random random = new Random(20);
        // Data at the start, in the middle and at an odd offset; zeros in whole blocks, in a
        // partial last block, and at the end.
        int[] lengths = {0, 1, 8192, 8193, 3 * 8192 + 17, 2 * 1024 * 1024 + 5};
        for (int length : lengths) {
            byte[] content = new byte[length];
            if (length > 0) {
                content[0] = 1;
            }
            for (int i = 0; i < length / 3 && i < 10_000; i++) {
                content[length / 2 + i % (length / 2 + 1) / 2] = (byte) (1 + random.nextInt(255));
            }
            Path from = dir.resolve("from-" + length);
            Files.write(from, content);
            Files.setPosixFilePermissions(from, PosixFilePermissions.fromString("rw-------"));
            Path to = dir.resolve("to-" + length);

            SparseCopy.copy(from, to);

            assertThat(Files.size(to)).as("length " + length).isEqualTo(length);
            assertThat(Files.mismatch(from, to)).as("first difference, length " + length).isEqualTo(-1L);
            assertThat(Files.getPosixFilePermissions(to)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void anAllZeroFileKeepsItsLength() throws Exception {
        Path from = Files.write(dir.resolve("zeros"), new byte[16 * 8192]);
        Path to = dir.resolve("copy");

        SparseCopy.copy(from, to);

        assertThat(Files.size(to)).isEqualTo(16 * 8192);
        assertThat(Files.mismatch(from, to)).isEqualTo(-1L);
    }
}
