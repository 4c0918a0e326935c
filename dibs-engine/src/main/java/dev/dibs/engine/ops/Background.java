package dev.dibs.engine.ops;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work on a thread of its own while the caller does something else: a throwaway server starts
 * while the Java schema is read, the Java schema is canonicalised while the migrations replay.
 * Both halves mostly wait (on PostgreSQL processes, on the disk), so overlapping them shortens a
 * goal by the shorter half.
 *
 * <p>The thread gets the caller's context class loader: JDBC and {@code ServiceLoader} look there,
 * and in a Maven plugin it is the plugin's realm. Whatever the caller does, {@link #close()} ends
 * the work: a result nobody took is handed to {@code discard} (a server started for nothing is
 * stopped), and a failure nobody asked for is dropped, since the caller's own failure came first.
 * A caller interrupted while it waits (in {@link #get()} or {@link #close()}) does not wait on: the
 * result is then discarded when the work ends, so that nothing it started is left running.
 */
public final class Background<T> implements AutoCloseable {
    private final FutureTask<T> task;
    private final Consumer<? super T> discard;
    private boolean taken;
    /** Set when the caller stopped waiting: the result goes to {@code discard} once it is there. */
    private volatile boolean abandoned;
    /** The result was handed to {@code discard} (once only, whichever of the two threads gets there). */
    private final AtomicBoolean discarded = new AtomicBoolean();

    private Background(Supplier<T> work, Consumer<? super T> discard) {
        this.task = new FutureTask<>(work::get) {
            @Override
            protected void done() {
                if (abandoned) {
                    discardResult();
                }
            }
        };
        this.discard = discard;
    }

    /**
     * @param name    the thread's name, for thread dumps
     * @param discard what to do with the result when the caller never took it
     */
    public static <T> Background<T> start(String name, Supplier<T> work, Consumer<? super T> discard) {
        Background<T> background = new Background<>(work, discard);
        Thread thread = new Thread(background.task, name);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.setDaemon(true);
        thread.start();
        return background;
    }

    /** Waits for the result; the work's own exception is rethrown as it was thrown. */
    public T get() {
        taken = true;
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            throw new IllegalStateException("interrupted while waiting for " + task, e);
        }
    }

    /** When the result was not taken: waits for the work to end, then discards its result. */
    @Override
    public void close() {
        if (taken) {
            return;
        }
        taken = true;
        try {
            task.get();
        } catch (ExecutionException e) {
            return; // a failure nobody asked for: the caller is failing with its own
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            return;
        }
        discardResult();
    }

    /** The caller will not wait: the result is discarded now if it is there, else when the work ends. */
    private void abandon() {
        abandoned = true;
        if (task.isDone()) {
            discardResult();
        }
    }

    private void discardResult() {
        T result;
        try {
            result = task.get();
        } catch (ExecutionException | InterruptedException e) {
            return; // no result to discard (or, never here, an interrupt: the task is done)
        }
        if (discarded.compareAndSet(false, true)) {
            discard.accept(result);
        }
    }
}
