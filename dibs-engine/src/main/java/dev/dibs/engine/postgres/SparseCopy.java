package dev.dibs.engine.postgres;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Copies a file leaving its all-zero blocks as holes: the copy reads the same, byte for byte, but
 * only the blocks with data are written. A fresh cluster's WAL segment is 16 MB of which a few
 * hundred KB hold records, and writing those zeros was nearly half of copying a cluster template.
 */
final class SparseCopy {
    /** PostgreSQL's page size: WAL and relation files are written in whole blocks of it. */
    private static final int BLOCK = 8192;

    private SparseCopy() {
    }

    static void copy(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(BLOCK);
            long position = 0;
            long size = in.size();
            while (position < size) {
                block.clear();
                int read = in.read(block, position);
                if (read <= 0) {
                    break;
                }
                block.flip();
                if (!allZero(block)) {
                    while (block.hasRemaining()) {
                        out.write(block, position + block.position());
                    }
                }
                position += read;
            }
            if (out.size() < size) {
                // Trailing zeros: a write of the last byte gives the copy its full length.
                out.write(ByteBuffer.allocate(1), size - 1);
            }
        }
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException e) {
            // Not POSIX (Windows): the data directory is private already.
        }
    }

    private static boolean allZero(ByteBuffer block) {
        for (int i = block.position(); i < block.limit(); i++) {
            if (block.get(i) != 0) {
                return false;
            }
        }
        return true;
    }
}
