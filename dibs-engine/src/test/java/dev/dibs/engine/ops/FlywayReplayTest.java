package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.migrate.FlywayFixtures;
import dev.dibs.engine.migrate.MigrationException;
import dev.dibs.engine.migrate.MigrationListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dibs:check and dibs:generate cannot replay Flyway Java migrations: they refuse, naming each class, before a server starts. */
class FlywayReplayTest {

    @TempDir
    Path dir;

    @Test
    void flywayJavaMigrationsOnTheClassPathMakeTheReplayRefuse() {
        List<Path> cp = FlywayFixtures.javaMigrations(dir, "V1__Java_one", "V2_1__Java_two");
        assertThatThrownBy(() -> MigrationReplay.replay(null, List.of("public"), cp, List.of("e"), "embedded", MigrationListener.NONE))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("dibs:check and dibs:generate replay every migration on a throwaway database and cannot replay"
                        + " Flyway Java migrations")
                .hasMessageContaining("the class path has 2: e.V1__Java_one, e.V2_1__Java_two.");
    }
}
