package dev.dibs.engine.plan;

import java.util.Random;

/**
 * Runs the plan property over many random pairs outside JUnit, printing progress as it goes, for
 * long runs: {@code java -cp <test classpath> dev.dibs.engine.plan.PlanPropertyMain 2000 [seed]}; one pair again
 * with {@code PlanPropertyMain pair <seed A> <seed B>}.
 */
public final class PlanPropertyMain {

    private PlanPropertyMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("pair")) { // one pair again, as a failure printed it: pair <seed A> <seed B>
            PlanPropertyTest.collectStatistics = false;
            PlanPropertyTest.start();
            try {
                new PlanPropertyTest().plansBetweenRandomSchemasApplyAndConverge(Long.parseLong(args[1]), Long.parseLong(args[2]));
                System.out.println("the pair applies and converges");
            } finally {
                PlanPropertyTest.stop();
            }
            return;
        }
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
