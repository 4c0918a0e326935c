package dev.dibs.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A piece of work started on a daemon thread of its own beside the caller's (diff.json beside
 * report.html, the SQL migrations read beside the class scan), for layers below {@code ops}, whose
 * {@code Background} also discards what its caller never took. Its result is taken once; its failure
 * is rethrown as it was thrown.
 */
public final class SideTask<T> {
    private final FutureTask<T> task;
    private final String what;

    private SideTask(Supplier<T> work, String what) {
        this.task = new FutureTask<>(work::get);
        this.what = what;
    }

    /**
     * @param name the thread's name, for thread dumps
     * @param what what the work makes, for the message when the caller is interrupted while waiting
     */
    public static <T> SideTask<T> start(String name, String what, Supplier<T> work) {
        SideTask<T> side = new SideTask<>(work, what);
        Thread thread = new Thread(side.task, name);
        thread.setDaemon(true);
        thread.start();
        return side;
    }

    /** Waits for the result; the work's own exception is rethrown as it was thrown. */
    public T get() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what + " was made", e);
        }
    }
}
