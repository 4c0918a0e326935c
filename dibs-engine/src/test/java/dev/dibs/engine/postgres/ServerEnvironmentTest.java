package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A throwaway server starts without the build's secrets in its environment. */
class ServerEnvironmentTest {

    @Test
    void onlyPathsLocaleAndTimeZoneAreKept() {
        ProcessBuilder builder = new ProcessBuilder("true");
        builder.environment().put("DIBS_DATABASE_URL", "jdbc:postgresql://db/app?password=Sekr1tPw");
        builder.environment().put("PGPASSWORD", "Sekr1tPw");
        builder.environment().put("CI_SECRET_TOKEN", "ghp_x");
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().put("TZ", "UTC");
        builder.environment().put("PATH", "/usr/bin");

        ServerEnvironment.clean(builder);

        assertThat(builder.environment()).doesNotContainKeys("DIBS_DATABASE_URL", "PGPASSWORD", "CI_SECRET_TOKEN")
                .containsEntry("LC_ALL", "C.UTF-8").containsEntry("TZ", "UTC").containsEntry("PATH", "/usr/bin");
    }
}
