package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single-user password goes into an {@code ALTER ROLE} statement: only what {@link Passwords#random}
 * makes is accepted, so no character can leave the literal — refused before any process starts.
 */
class SingleUserPasswordTest {

    @TempDir
    Path dir;

    @Test
    void aPasswordThatCouldLeaveItsQuotesIsRefusedBeforeAnythingRuns() {
        for (String hostile : new String[] {"abcdefghijklmnop' SUPERUSER --", "abcdefghijklmnop\\", "short", "abcdefghijklmnop\nDROP"}) {
            assertThatThrownBy(() -> SingleUserPassword.set(dir.resolve("no-bin"), dir.resolve("no-data"), hostile, dir.resolve("log")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(hostile);
        }
        assertThat(dir.resolve("log")).doesNotExist();
    }

    @Test
    void whatPasswordsMakeIsAccepted() {
        for (int i = 0; i < 1000; i++) {
            assertThat(Passwords.random()).matches("[A-Za-z0-9_-]{16,}");
        }
    }
}
