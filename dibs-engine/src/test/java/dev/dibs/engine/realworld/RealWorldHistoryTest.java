package dev.dibs.engine.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.realworld.DumpLoader.LoadReport;
import dev.dibs.engine.realworld.PairResult.Outcome;
import dev.dibs.engine.testing.WithPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's proof over real application histories ({@link Corpus}): for each project, every
 * consecutive pair of versions that load, plus empty → newest and oldest → newest, dibs makes A
 * (older) match B (newer) as {@code dibs:sql -Ddibs.apply -Ddibs.referenceUrl=B} would with every
 * hazard allowed ({@link PairRun}); then a catalog comparison that does not use dibs's model and a
 * second comparison judge the result. No pair may be WRONG: dibs may converge, leave differences it
 * reported, or refuse before running anything — never write something other than B, fail half-way,
 * or leave a plan that does not settle. Then every version that loads is imported ({@link ImportRun}):
 * the project {@code dibs:import} writes must compare with the database to nothing, or the import be
 * refused naming each object nothing can declare.
 *
 * <p>{@code -Ddibs.realworld.sample=N} runs N pairs per project (empty → newest, oldest → newest and
 * N-2 consecutive pairs spread evenly over the history); {@code all} (the default here; the build's
 * is 10, see dibs-engine/pom.xml) runs every pair.
 * Projects run side by side ({@code -Ddibs.realworld.threads=N}, default 2: a pair waits on the server
 * about half its time), each with its own databases; the report lists them in the corpus's order.
 * Tagged {@code realworld}: the engine's pom runs it in an execution of its own, after the others.
 */
@WithPostgres
@Tag("realworld")
class RealWorldHistoryTest {

    static final String SAMPLE_PROPERTY = "dibs.realworld.sample";
    static final String THREADS_PROPERTY = "dibs.realworld.threads";

    @Test
    void dibsMakesEachOlderVersionMatchTheNewerOneWithoutWritingAWrongObject(PostgresServer server) throws Exception {
        Corpus corpus = Corpus.locate();
        String sample = System.getProperty(SAMPLE_PROPERTY, "all").trim();
        long start = System.nanoTime();
        HistoryReport report = new HistoryReport();
        List<Corpus.Project> projects = corpus.projects();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(projects.size(),
                Integer.getInteger(THREADS_PROPERTY, 2))));
        List<Future<HistoryReport>> runs = new ArrayList<>();
        try {
            for (Corpus.Project project : projects) {
                runs.add(pool.submit(() -> runProject(server, project, sample)));
            }
        } finally {
            pool.shutdown();
        }
        // Every project ends (and drops its databases) before anything is thrown: the first failure,
        // with the others' suppressed in it.
        Throwable failure = null;
        for (Future<HistoryReport> run : runs) {
            try {
                report.addAll(run.get());
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause();
                } else {
                    failure.addSuppressed(e.getCause());
                }
            }
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw (Exception) failure;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String markdown = report.markdown(sample, took);
        System.out.println(markdown);
        Path file = Path.of("target", "realworld-report.md");
        writeReport(file, markdown);
        List<String> wrong = report.results().stream().filter(r -> r.outcome() == Outcome.WRONG)
                .map(r -> r.pair() + ": " + r.reason()).toList();
        assertThat(wrong).as("pairs where dibs wrote something other than the reference, failed or did not settle (details in "
                + file.toAbsolutePath() + ")").isEmpty();
        assertThat(report.imports().stream().filter(r -> r.outcome() == ImportRun.Outcome.WRONG)
                .map(r -> r.project() + " " + r.version() + ": " + r.detail()).toList())
                .as("versions whose import did not round-trip nor was refused naming what it cannot declare").isEmpty();
        assertThat(report.imports()).as("versions that dibs:import round-trips").anyMatch(r -> r.outcome() == ImportRun.Outcome.ROUND_TRIP);
    }

    /** One project's versions loaded into databases of its own, then its pairs, in order. */
    private static HistoryReport runProject(PostgresServer server, Corpus.Project project, String sample) throws Exception {
        HistoryReport report = new HistoryReport();
        try (LoadedVersions versions = new LoadedVersions(server)) {
            List<Corpus.Version> loadable = new ArrayList<>();
            for (Corpus.Version v : project.versions()) {
                LoadReport load = versions.load(v);
                report.loaded(project.name(), v, load);
                if (load.loaded()) {
                    loadable.add(v);
                }
            }
            assertThat(loadable).as("versions of %s that load (see the loader report)", project.name()).hasSizeGreaterThan(1);
            for (Pairs.Pair pair : Pairs.select(loadable, sample)) {
                report.add(run(versions, project.name(), pair));
            }
            // dibs:import of every version that loads (the pairs are done: no copy of a template is made meanwhile)
            Path dir = Files.createTempDirectory("dibs-realworld-import");
            try {
                for (Corpus.Version v : loadable) {
                    report.add(ImportRun.run(project.name(), v, versions.template(v), server, dir.resolve(v.commit())));
                }
            } finally {
                deleteTree(dir);
            }
        }
        return report;
    }

    private static PairResult run(LoadedVersions versions, String project, Pairs.Pair pair) throws Exception {
        String older = pair.older() == null ? "empty" : pair.older().label();
        ConnectionInfo a = versions.copy(pair.older());
        ConnectionInfo b = versions.copy(pair.newer());
        long start = System.nanoTime();
        try {
            return PairRun.run(project, older, pair.newer().label(), a, b);
        } catch (RuntimeException e) {
            // a bug or an unexpected failure of dibs is a wrong outcome of this pair, not the end of the run
            return new PairResult(project, older, pair.newer().label(), Outcome.WRONG, "dibs failed: " + PairRun.oneLine(
                    String.valueOf(e)), 0, List.of(), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            versions.drop(a);
            versions.drop(b);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void writeReport(Path file, String markdown) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
    }
}
