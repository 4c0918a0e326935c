package dev.dibs.maven.it;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItChecksTest {

    @TempDir
    Path basedir;

    @Test
    void aSecretInAReportOrTheBuildLogFailsAndNamesTheFile() throws Exception {
        Files.createDirectories(basedir.resolve("target/dibs/postgres"));
        Files.writeString(basedir.resolve("build.log"), "[INFO] dibs: database jdbc:postgresql://x/db (user app)");
        Files.writeString(basedir.resolve("target/dibs/diff.md"), "no differences");
        Files.writeString(basedir.resolve("target/dibs/postgres/dibs-superuser.password"), "Secret-123456789");

        assertThatCode(() -> ItChecks.secretsShowNowhere(basedir, "Secret-123456789"))
                .as("the dev database's own password file is not a report").doesNotThrowAnyException();

        Files.writeString(basedir.resolve("target/dibs/plan.sql"), "-- connected with Secret-123456789");
        assertThatThrownBy(() -> ItChecks.secretsShowNowhere(basedir, "Secret-123456789"))
                .hasMessage("a password shows in target/dibs/plan.sql");
        assertThatThrownBy(() -> ItChecks.secretsShowNowhere(basedir, "short"))
                .hasMessageStartingWith("a secret to look for must be at least 8 characters");
    }
}
