package dev.dibs.engine.realworld;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.ops.DatabaseComparison;
import dev.dibs.engine.plan.ApplyException;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.HazardWatch;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.realworld.CatalogLines.Difference;
import dev.dibs.engine.realworld.DifferenceJudge.Verdict;
import dev.dibs.engine.realworld.PairResult.Outcome;
import dev.dibs.engine.report.DriftReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One pair, in process, the way {@code dibs:sql -Ddibs.apply -Ddibs.referenceUrl=B} with every
 * hazard allowed does it: {@link DatabaseComparison#compare} of A with the reference B, then
 * {@link PlanApplier#apply} of its plan on A, under the {@link HazardWatch}: a statement whose hazards
 * are not what PostgreSQL did makes the pair wrong. Then the proof, which does not use dibs's model: the
 * full catalog description of A and B ({@link CatalogLines}), and a second comparison, whose plan
 * must be empty. The two databases are given, loaded; the caller drops them.
 */
final class PairRun {

    /** The schemas the dumps use. */
    static final List<String> SCHEMAS = List.of("public");
    /** How many differences a result lists: 10, or {@code -Ddibs.realworld.shown=N} to see more. */
    private static final int SHOWN = Integer.getInteger("dibs.realworld.shown", 10);

    private PairRun() {
    }

    static PairResult run(String project, String older, String newer, ConnectionInfo a, ConnectionInfo b) throws SQLException {
        long start = System.nanoTime();
        List<CatalogLines.Line> before = CatalogLines.read(a, SCHEMAS);
        DriftReport report;
        try {
            report = DatabaseComparison.compare(a, b, SCHEMAS, PlanOptions.defaults());
        } catch (DibsException e) {
            return refused(project, older, newer, a, before, "the comparison refused: " + e.getMessage(), 0, start);
        }
        Plan plan = report.plan();
        // as dibs:sql -Ddibs.apply: a plan with differences beyond it, or with a statement PostgreSQL
        // is foretold to refuse, is refused before anything runs
        if (!report.applicable()) {
            return refused(project, older, newer, a, before, "refused before running, beyond the plan: "
                    + report.unreproducible().get(0), plan.statements().size(), start);
        }
        if (!report.refusals().isEmpty()) {
            return refused(project, older, newer, a, before, "refused before running: " + report.refusals().get(0),
                    plan.statements().size(), start);
        }
        List<String> details = new ArrayList<>();
        report.warnings().forEach(w -> details.add("warning: " + w));
        List<String> reasons = new ArrayList<>();
        List<String> wrongHazards = List.of();
        try (Connection c = a.open()) {
            wrongHazards = HazardWatch.apply(c, plan, null, SCHEMAS);
        } catch (ApplyException e) {
            reasons.add("PostgreSQL refused statement " + e.number() + " of " + plan.statements().size() + " ("
                    + e.statement().change().subject() + "): " + said(e));
            details.add(0, "apply failed: " + e.getMessage());
            try (Connection c = a.open()) {
                List<String> refused = DiagnosticApply.runPastFailures(c, plan);
                details.add("diagnosis, what follows is after running the plan again statement by statement past failures: "
                        + refused.size() + " statement(s) refused");
                refused.stream().limit(SHOWN).forEach(r -> details.add("refused: " + r));
            }
        } catch (IllegalArgumentException | DibsException e) {
            // refused before any statement ran (a plan that cannot run in one transaction, a guard)
            return refused(project, older, newer, a, before, "apply refused: " + e.getMessage(), plan.statements().size(), start);
        }
        DriftReport again = DatabaseComparison.compare(a, b, SCHEMAS, PlanOptions.defaults());
        List<Difference> differences = CatalogLines.compare(CatalogLines.read(a, SCHEMAS), CatalogLines.read(b, SCHEMAS));
        DifferenceJudge judge = new DifferenceJudge(plan, List.of(report, again));
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        List<String> shown = new ArrayList<>();
        for (Difference d : differences) {
            Verdict v = judge.judge(d);
            counts.merge(v, 1, Integer::sum);
            if (v != Verdict.REPORTED && shown.size() < SHOWN) {
                shown.add("[" + v + "] " + oneLine(d.toString()));
            }
        }
        for (Difference d : differences) {
            if (judge.judge(d) == Verdict.REPORTED && shown.size() < SHOWN) {
                shown.add("[" + Verdict.REPORTED + "] " + oneLine(d.toString()));
            }
        }
        if (!wrongHazards.isEmpty()) {
            reasons.add(wrongHazards.size() + " statement(s) whose hazards are not what PostgreSQL did, e.g. " + oneLine(wrongHazards.get(0)));
            wrongHazards.stream().limit(SHOWN).forEach(w -> details.add("hazards: " + oneLine(w)));
        }
        if (!again.plan().isEmpty()) {
            reasons.add("a second comparison still plans " + again.plan().statements().size() + " statement(s), e.g. "
                    + oneLine(again.plan().statements().get(0).sql()));
            again.plan().statements().stream().limit(5).forEach(s -> details.add("second plan: " + oneLine(s.sql())));
        }
        for (Verdict v : List.of(Verdict.WRITTEN_DIFFERENTLY, Verdict.UNREPORTED)) {
            if (counts.containsKey(v)) {
                reasons.add(counts.get(v) + " catalog difference(s) " + v.words);
            }
        }
        details.addAll(shown);
        if (differences.size() > shown.size()) {
            details.add("… " + (differences.size() - shown.size()) + " more difference(s) " + counts);
        }
        Outcome outcome = !reasons.isEmpty() ? Outcome.WRONG
                : differences.isEmpty() ? Outcome.CONVERGED : Outcome.CONVERGED_WITH_REPORTED;
        return result(project, older, newer, outcome, reasons.isEmpty() ? null : String.join("; ", reasons), plan, details, start);
    }

    /** A refusal counts only when nothing changed in A; otherwise dibs ran something and then stopped. */
    private static PairResult refused(String project, String older, String newer, ConnectionInfo a, List<CatalogLines.Line> before,
                                      String why, int statements, long start) throws SQLException {
        List<Difference> changed = CatalogLines.compare(CatalogLines.read(a, SCHEMAS), before);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!changed.isEmpty()) {
            return new PairResult(project, older, newer, Outcome.WRONG, "refused after changing A: " + oneLine(why), statements,
                    changed.stream().limit(SHOWN).map(d -> oneLine(d.toString())).toList(), took);
        }
        return new PairResult(project, older, newer, Outcome.REFUSED, oneLine(why), statements, List.of(), took);
    }

    private static PairResult result(String project, String older, String newer, Outcome outcome, String reason, Plan plan,
                                     List<String> details, long start) {
        return new PairResult(project, older, newer, outcome, reason, plan.statements().size(), details,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** PostgreSQL's own words from an apply failure: the line after "PostgreSQL said: ". */
    private static String said(ApplyException e) {
        String m = e.getMessage();
        int i = m.indexOf("PostgreSQL said: ");
        return oneLine(i < 0 ? m : m.substring(i + "PostgreSQL said: ".length()));
    }

    static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").trim();
        return flat.length() > 400 ? flat.substring(0, 400) + " …" : flat;
    }
}
