package dev.dibs.engine.plan;

import java.util.Random;

/**
 * Runs the plan property over many random pairs outside JUnit, printing progress as it goes, for
 * long runs: {@code java -cp <test classpath> dev.dibs.engine.plan.PlanPropertyMain 2000 [seed]}; one pair again
 * with {@code PlanPropertyMain pair <seed A> <seed B>}; the planner alone, without a server, as
 * {@link PlanOrderPropertyTest} does, over millions of pairs with {@code PlanPropertyMain order <pairs> [seed]}.
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
        if (args[0].equals("order")) {
            order(Long.parseLong(args[1]), args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime());
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
                    System.out.printf("%d tries passed, %.0f s; %d plans built indexes concurrently after their transaction,"
                            + " %d before it%n", i, (System.nanoTime() - started) / 1e9, PlanPropertyTest.concurrentPlans.get(),
                            PlanPropertyTest.builtBeforePlans.get());
                }
            }
        } finally {
            PlanPropertyTest.stop();
        }
    }

    /** Plans {@code pairs} random pairs without a server, printing each pair that cannot be planned. */
    private static void order(long pairs, long seed) {
        Random random = new Random(seed);
        System.out.println("seed " + seed + ", " + pairs + " pairs, the planner alone");
        long started = System.nanoTime();
        int failed = 0;
        for (long i = 1; i <= pairs; i++) {
            long a = random.nextLong();
            long b = random.nextLong();
            try {
                new PlanOrderPropertyTest().plansBetweenRandomSchemasCanBeOrdered(a, b);
            } catch (Throwable e) {
                failed++;
                System.out.println("FAILED at pair " + i + " (seeds " + a + ", " + b + "): " + String.valueOf(e.getMessage()).replace('\n', ' '));
            }
            if (i % 500_000 == 0 || i == pairs) {
                System.out.printf("%d pairs, %d failed, %.0f s%n", i, failed, (System.nanoTime() - started) / 1e9);
            }
        }
    }
}
