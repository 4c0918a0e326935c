package dev.dibs.engine.realworld;

import java.time.Duration;
import java.util.List;

/**
 * What happened when dibs made database A (the older version) match B (the newer one).
 *
 * @param older   A's version, or {@code empty} for an empty database
 * @param reason  for REFUSED and WRONG, why in one line; null otherwise
 * @param details the differences left (first few, each with its verdict), warnings and notes worth reading
 */
record PairResult(String project, String older, String newer, Outcome outcome, String reason, int statements,
                  List<String> details, Duration took) {

    enum Outcome {
        /** The catalogs of A and B are alike after the plan, and a second comparison plans nothing. */
        CONVERGED,
        /** Every difference left is about an object dibs's notes or warnings name, and the plan wrote none of them. */
        CONVERGED_WITH_REPORTED,
        /** dibs refused before running anything, and A is unchanged. */
        REFUSED,
        /** Anything else: an unreported difference, an object written differently, a failed apply, a plan that does not settle. */
        WRONG
    }

    PairResult {
        details = List.copyOf(details);
    }

    String pair() {
        return project + ": " + older + " → " + newer;
    }
}
