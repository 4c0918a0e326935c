package dev.dibs.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median wall times over repeated runs in this process. */
final class Timing {

    interface Run {
        void run() throws Exception;
    }

    private final List<Double> millis = new ArrayList<>();

    /** Runs {@code run} once, recording its time in milliseconds. */
    double time(Run run) throws Exception {
        long t0 = System.nanoTime();
        run.run();
        double ms = (System.nanoTime() - t0) / 1e6;
        millis.add(ms);
        return ms;
    }

    double median() {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    int runs() {
        return millis.size();
    }

    /** Runs {@code warmups} untimed runs, then {@code runs} timed ones; returns the median. */
    static double median(int warmups, int runs, Run run) throws Exception {
        for (int i = 0; i < warmups; i++) {
            run.run();
        }
        Timing t = new Timing();
        for (int i = 0; i < runs; i++) {
            t.time(run);
        }
        return t.median();
    }
}
