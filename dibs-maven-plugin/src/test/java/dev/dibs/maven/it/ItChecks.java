package dev.dibs.maven.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Checks the invoker ITs' verify.groovy scripts share. */
public final class ItChecks {

    private ItChecks() {
    }

    /**
     * Fails unless none of {@code secrets} appears in the IT's {@code build.log} or in any file
     * dibs wrote directly into {@code target/dibs} (its reports and logs; not the dev database's
     * own directory, which holds the password file by design).
     */
    public static void secretsShowNowhere(Path basedir, String... secrets) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(basedir.resolve("build.log"));
        Path reports = basedir.resolve("target/dibs");
        if (Files.isDirectory(reports)) {
            try (Stream<Path> listed = Files.list(reports)) {
                listed.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        for (String secret : secrets) {
            if (secret == null || secret.length() < 8) {
                throw new AssertionError("a secret to look for must be at least 8 characters, got " + secret);
            }
            for (Path file : files) {
                if (new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains(secret)) {
                    throw new AssertionError("a password shows in " + basedir.relativize(file));
                }
            }
        }
    }
}
