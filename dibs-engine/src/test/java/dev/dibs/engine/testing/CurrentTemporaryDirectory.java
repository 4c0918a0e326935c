package dev.dibs.engine.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * JUnit's {@code @TempDir} folders made under {@code java.io.tmpdir} as it is now, not as the JDK read it
 * at its first temporary file: {@link MemoryTemporaryDirectory} may have moved it since, and tests that
 * hand a folder to a server (cluster templates, data directories) need it on the server's file system.
 * The default factory in {@code junit-platform.properties}.
 */
public final class CurrentTemporaryDirectory implements TempDirFactory {

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "junit-");
    }
}
