package dev.dibs.engine.realworld;

import dev.dibs.engine.importer.ImportRefusedException;
import dev.dibs.engine.importer.RoundTrip;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code dibs:import} of one loaded version, proved as the importer's own round trip does
 * ({@link RoundTrip}): the records and SQL files it writes compile, load, and compare with the
 * database to nothing. A version may instead be refused, every object nothing can declare named;
 * anything else — a difference, a failure of the written project to load, a crash, a refusal
 * naming nothing — is wrong.
 */
final class ImportRun {

    enum Outcome { ROUND_TRIP, REFUSED, WRONG }

    record Result(String project, String version, Outcome outcome, String detail, Duration took) {
    }

    private ImportRun() {
    }

    /** Imports {@code database} (read only: nothing is applied to it). */
    static Result run(String project, Corpus.Version version, ConnectionInfo database, PostgresServer scratch, Path dir) {
        long start = System.nanoTime();
        Outcome outcome;
        String detail;
        try {
            RoundTrip.Result r = RoundTrip.run(database, List.of("public"), scratch, dir);
            outcome = r.empty() ? Outcome.ROUND_TRIP : Outcome.WRONG;
            detail = r.empty() ? r.files().size() + " files" : PairRun.oneLine(r.explain().lines().limit(12).toList().toString());
        } catch (ImportRefusedException e) {
            boolean named = !e.objects().isEmpty() && e.objects().stream().noneMatch(String::isBlank)
                    && e.objects().stream().allMatch(o -> e.getMessage().contains(o));
            outcome = named ? Outcome.REFUSED : Outcome.WRONG;
            detail = (named ? "" : "refused without naming the objects: ") + e.objects().size()
                    + (e.objects().size() == 1 ? " object: " : " objects, first: ")
                    + PairRun.oneLine(e.objects().isEmpty() ? e.getMessage() : e.objects().get(0));
        } catch (RuntimeException e) {
            outcome = Outcome.WRONG;
            detail = "the import or its project failed: " + PairRun.oneLine(String.valueOf(e));
        }
        return new Result(project, version.label(), outcome, detail, Duration.ofNanos(System.nanoTime() - start));
    }
}
