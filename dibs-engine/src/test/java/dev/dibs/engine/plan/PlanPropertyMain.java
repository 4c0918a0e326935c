package dev.dibs.engine.plan;

import java.util.Random;

/**
 * Runs the plan property over many random pairs outside JUnit, printing progress as it goes, for
 * long runs: {@code java -cp <test classpath> dev.dibs.engine.plan.PlanPropertyMain 2000 [seed]}.
 */
public final class PlanPropertyMain {

    private PlanPropertyMain() {
    }

    public static void main(String[] args) throws Exception {
        int tries = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Random random = new Random(seed);
        System.out.println("seed " + seed + ", " + tries + " tries");
        PlanPropertyTest.collectStatistics = false;
        PlanPropertyTest.start();
        PlanPropertyTest test = new PlanPropertyTest();
        long started = System.nanoTime();
        try {
            for (int i = 1; i <= tries; i++) {
                long a = random.nextLong();
                long b = random.nextLong();
                try {
                    test.plansBetweenRandomSchemasApplyAndConverge(a, b);
                } catch (Throwable e) {
                    System.out.println("FAILED at try " + i + " (seeds " + a + ", " + b + "): " + e);
                    e.printStackTrace(System.out);
                    System.exit(1);
                }
                if (i % 50 == 0 || i == tries) {
                    System.out.printf("%d tries passed, %.0f s%n", i, (System.nanoTime() - started) / 1e9);
                }
            }
        } finally {
            PlanPropertyTest.stop();
        }
    }
}
