package dev.dibs.engine.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server of the fleet is killed ({@code kill -9} of its postmaster) in the middle of a fleet run:
 * its targets fail, the other server's finish; once it is restarted, running the fleet again
 * completes it, and no migration ran twice anywhere.
 */
@WithPostgres
class FleetKillTest {

    @TempDir
    Path dir;

    @Test
    void aServerKilledMidRunIsCompletedByTheRerunAndNothingRunsTwice(PostgresServer first) throws Exception {
        Path data = dir.resolve("pg");
        PostgresServer killed = PostgresServers.embedded(data);
        List<FleetTarget> fleet = new ArrayList<>(Fleets.databases(List.of(killed), 16));
        fleet.addAll(Fleets.databases(List.of(first), 6));
        String[] slow = {Fleets.V1[0], Fleets.V1[1],
            Fleets.migration("003_slow", "Slow", "SELECT pg_sleep(0.2)")};
        String killedServer = fleet.get(0).server();
        AtomicBoolean killedIt = new AtomicBoolean();
        FleetListener killer = new FleetListener() {
            @Override
            public void targetFinished(TargetOutcome outcome, Counts counts) {
                if (outcome.target().server().equals(killedServer) && counts.done() >= 3 && killedIt.compareAndSet(false, true)) {
                    kill9(data);
                }
            }
        };
        FleetResult interrupted = FleetRun.run("migrate", fleet, Fleets.options(2, 0, FleetOptions.Failure.CONTINUE), killer,
                FleetWork.migrate(Fleets.runner(dir.resolve("cp"), slow), List.of("public")));
        assertThat(killedIt).isTrue();
        List<TargetOutcome> onKilled = interrupted.outcomes().stream().filter(o -> o.target().server().equals(killedServer)).toList();
        assertThat(onKilled).anyMatch(o -> o.state() == TargetOutcome.State.FAILED);
        assertThat(interrupted.outcomes().stream().filter(o -> !o.target().server().equals(killedServer)))
                .allMatch(o -> o.state() == TargetOutcome.State.DONE);

        try {
            killed.close();
        } catch (RuntimeException alreadyDead) {
            // its postmaster is gone; the directory is what matters
        }
        PostgresServer restarted = restart(data);
        try {
            // a real server comes back on its port; the embedded one picks a new one: the same databases there
            List<FleetTarget> again = fleet.stream().map(t -> !t.server().equals(killedServer) ? t
                    : new FleetTarget(restarted.admin().withDatabase(t.database().database()), null, t.source())).toList();
            FleetResult rerun = FleetRun.run("migrate", again, Fleets.options(4, 0, FleetOptions.Failure.STOP), FleetListener.NONE,
                    FleetWork.migrate(Fleets.runner(dir.resolve("cp2"), slow), List.of("public")));
            assertThat(rerun.failed()).isEmpty();
            int ranBefore = interrupted.outcomes().stream().filter(o -> o.state() == TargetOutcome.State.DONE)
                    .mapToInt(o -> o.result().ran()).sum();
            assertThat(ranBefore).isLessThan(fleet.size() * 3);
            for (FleetTarget t : again) {
                Fleets.assertAppliedOnce(t, "001_runs", "002_accounts", "003_slow");
            }
        } finally {
            restarted.close();
            for (FleetTarget t : fleet.subList(16, fleet.size())) {
                first.dropDatabase(t.database());
            }
        }
    }

    /** SIGKILL to the postmaster, whose pid is the first line of postmaster.pid. */
    private static void kill9(Path data) {
        try {
            long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The killed postmaster's backends notice its death and exit; until then its shared memory is in use. */
    private static PostgresServer restart(Path data) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return PostgresServers.embedded(data);
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }
}
