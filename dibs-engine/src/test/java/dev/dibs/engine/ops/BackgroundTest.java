package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dibs.engine.DibsException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Work on a thread of its own: its result, its failure as thrown, and nothing left behind when nobody takes it. */
class BackgroundTest {

    @Test
    void runsAlongsideTheCallerAndGivesItsResult() throws Exception {
        CountDownLatch callerWorking = new CountDownLatch(1);
        try (Background<String> work = Background.start("test", () -> {
            try {
                // Finishes only once the caller has gone on: it really runs meanwhile.
                assertThat(callerWorking.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return Thread.currentThread().getName();
        }, result -> { })) {
            callerWorking.countDown();
            assertThat(work.get()).isEqualTo("test");
        }
    }

    @Test
    void rethrowsTheWorksOwnException() {
        DibsException thrown = new DibsException("the server could not start");
        try (Background<String> work = Background.start("test", () -> {
            throw thrown;
        }, result -> { })) {
            assertThat(catchThrowable(work::get)).isSameAs(thrown);
        }
    }

    @Test
    void aResultNobodyTookIsDiscardedOnClose() {
        List<String> discarded = new ArrayList<>();
        try (Background<String> work = Background.start("test", () -> "server", discarded::add)) {
            assertThat(work).isNotNull(); // the caller failed before taking it
        }
        assertThat(discarded).containsExactly("server");
    }

    @Test
    void aTakenResultIsNotDiscarded() {
        List<String> discarded = new ArrayList<>();
        try (Background<String> work = Background.start("test", () -> "server", discarded::add)) {
            assertThat(work.get()).isEqualTo("server");
        }
        assertThat(discarded).isEmpty();
    }

    @Test
    void aFailureNobodyAskedForIsDroppedOnClose() {
        Throwable closing = catchThrowable(() -> {
            try (Background<String> work = Background.start("test", () -> {
                throw new IllegalStateException("not asked for");
            }, result -> { })) {
                assertThat(work).isNotNull();
            }
        });
        assertThat(closing).isNull();
    }

    /** A caller interrupted while waiting goes on; what the work then makes (a server) is not left running. */
    @Test
    void aResultTheInterruptedCallerStoppedWaitingForIsDiscardedWhenItComes() throws Exception {
        for (boolean inClose : new boolean[] {false, true}) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch discardedOnce = new CountDownLatch(1);
            List<String> discarded = new java.util.concurrent.CopyOnWriteArrayList<>();
            Background<String> work = Background.start("test", () -> {
                try {
                    assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return "server";
            }, result -> {
                discarded.add(result);
                discardedOnce.countDown();
            });
            Thread.currentThread().interrupt();
            if (inClose) {
                work.close(); // the caller failed first and is being interrupted as it cleans up
            } else {
                assertThat(catchThrowable(work::get)).hasMessageStartingWith("interrupted while waiting");
                work.close();
            }
            assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
            assertThat(discarded).as("nothing to discard yet").isEmpty();
            release.countDown();
            assertThat(discardedOnce.await(10, TimeUnit.SECONDS)).as("discarded when the work ended").isTrue();
            assertThat(discarded).containsExactly("server");
        }
    }

    @Test
    void theThreadHasTheCallersContextClassLoader() throws Exception {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader plugin = new URLClassLoader(new URL[0], before)) {
            Thread.currentThread().setContextClassLoader(plugin);
            try (Background<ClassLoader> work = Background.start("test",
                    () -> Thread.currentThread().getContextClassLoader(), result -> { })) {
                assertThat(work.get()).isSameAs(plugin);
            } finally {
                Thread.currentThread().setContextClassLoader(before);
            }
        }
    }
}
