package dev.dibs.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Waiting for a state another session reaches: the condition asked again until it holds or the deadline passes. */
public final class Eventually {

    private Eventually() {
    }

    /**
     * Returns once {@code condition} holds; fails naming {@code what} after {@code limit}. {@code gaveUp}
     * is asked first each round: a background task that ended says why (it throws) rather than the wait
     * running out.
     */
    public static void until(String what, Duration limit, Callable<Boolean> condition, Runnable gaveUp) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.call()) {
            gaveUp.run();
            assertThat(System.nanoTime()).as("waited %s for %s", limit, what).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
