package dev.dibs.engine.realworld;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which (older, newer) pairs of a project's history the test runs. */
final class Pairs {

    /** @param older null for an empty database */
    record Pair(Corpus.Version older, Corpus.Version newer) {
    }

    private Pairs() {
    }

    /**
     * Empty → newest and oldest → newest first, then the consecutive pairs, oldest first: all of them
     * for {@code all}, else spread evenly so that {@code sample} pairs are run in all (at least the first two).
     *
     * @param versions the versions that load, oldest first (two or more)
     * @throws IllegalArgumentException when sample is neither {@code all} nor a positive number
     */
    static List<Pair> select(List<Corpus.Version> versions, String sample) {
        Corpus.Version newest = versions.get(versions.size() - 1);
        List<Pair> consecutive = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            consecutive.add(new Pair(versions.get(i - 1), versions.get(i)));
        }
        Set<Pair> chosen = new LinkedHashSet<>();
        chosen.add(new Pair(null, newest));
        chosen.add(new Pair(versions.get(0), newest));
        chosen.addAll(spread(consecutive, count(sample, consecutive.size())));
        return List.copyOf(chosen);
    }

    private static int count(String sample, int all) {
        if (sample.equalsIgnoreCase("all")) {
            return all;
        }
        try {
            int n = Integer.parseInt(sample);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return Math.min(all, Math.max(0, n - 2));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + RealWorldHistoryTest.SAMPLE_PROPERTY + "=" + sample
                    + " is neither 'all' nor a positive number of pairs per project");
        }
    }

    /** m items spread evenly over the list, its first and last among them when m > 1; the last one when m = 1. */
    static <T> List<T> spread(List<T> items, int m) {
        if (m <= 0) {
            return List.of();
        }
        if (m == 1) {
            return List.of(items.get(items.size() - 1));
        }
        Set<T> picked = new LinkedHashSet<>();
        for (int j = 0; j < m; j++) {
            picked.add(items.get((int) Math.round(j * (items.size() - 1) / (double) (m - 1))));
        }
        return List.copyOf(picked);
    }
}
