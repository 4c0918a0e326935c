package dev.dibs.engine.fleet;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.DibsException;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.KeptSessions;
import dev.dibs.engine.postgres.SqlResources;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one goal's work on every target of a fleet: at most {@code parallelism} targets at once on
 * each server (fewer when the server has fewer free connections), the canary targets first and
 * alone, and no new target launched once one failed under {@link FleetOptions.Failure#STOP}. Each
 * target is worked on at most once per run; what makes a migration run exactly once across runs is
 * the target's own advisory lock and history, as for a single database.
 *
 * <pre>{@code
 * FleetResult result = FleetRun.run("migrate", targets, FleetOptions.defaults(), listener,
 *         FleetWork.migrate(runner, schemas));
 * }</pre>
 */
public final class FleetRun {

    private final List<FleetTarget> targets;
    private final FleetOptions options;
    private final FleetListener listener;
    private final TargetOutcome.Work work;
    private final Map<FleetTarget, TargetOutcome> outcomes = new ConcurrentHashMap<>();
    private final Set<FleetTarget> running = ConcurrentHashMap.newKeySet();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<String> stopped = new AtomicReference<>();
    /** Connections kept between the targets of one database (tenant schemas), closed once its last target is done. */
    private final KeptSessions sessions;
    private final Map<ConnectionInfo, AtomicInteger> targetsLeft = new ConcurrentHashMap<>();
    /** The databases of more than one target: only theirs are kept (one target's would only be reset, then closed). */
    private final Set<ConnectionInfo> shared = new HashSet<>();

    private FleetRun(List<FleetTarget> targets, FleetOptions options, FleetListener listener, TargetOutcome.Work work) {
        this.targets = List.copyOf(targets);
        this.options = options;
        this.listener = listener;
        this.work = work;
        targets.forEach(t -> targetsLeft.computeIfAbsent(t.database(), d -> new AtomicInteger()).incrementAndGet());
        targetsLeft.forEach((database, count) -> {
            if (count.get() > 1) {
                shared.add(database);
            }
        });
        // a target may hold two connections at once (an inspection's second one, the plan's checks)
        this.sessions = new KeptSessions(2 * options.parallelism());
    }

    /**
     * Works on every target and returns their outcomes in the targets' order.
     *
     * @throws DibsException when the fleet is empty or lists a target twice
     */
    public static FleetResult run(String goal, List<FleetTarget> targets, FleetOptions options, FleetListener listener,
                                  TargetOutcome.Work work) {
        checkTargets(targets);
        return new FleetRun(targets, options, listener, work).run(goal);
    }

    private FleetResult run(String goal) {
        long start = System.nanoTime();
        Map<String, Integer> limits = limits();
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "dibs-fleet-heartbeat"));
        long every = Math.max(options.heartbeat().toMillis(), 1);
        heartbeat.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
        try {
            int canary = Math.min(options.canary(), targets.size());
            if (canary > 0 && canary < targets.size()) {
                phase(targets.subList(0, canary), limits);
                boolean passed = failed.get() == 0;
                tell(() -> listener.canary(canary, passed));
                if (!passed) {
                    stop("the canary failed (" + failed.get() + " of its " + canary + " targets; fleetCanary)");
                }
                phase(targets.subList(canary, targets.size()), limits);
            } else {
                phase(targets, limits);
            }
        } finally {
            sessions.close();
            heartbeat.shutdownNow();
            try {
                // no heartbeat line after the fleet's table
                heartbeat.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<TargetOutcome> all = new ArrayList<>();
        for (FleetTarget t : targets) {
            all.add(outcomes.getOrDefault(t, new TargetOutcome(t, TargetOutcome.State.NOT_LAUNCHED, null, Duration.ZERO, null)));
        }
        return new FleetResult(goal, all, Duration.ofNanos(System.nanoTime() - start), stopped.get());
    }

    /** Runs these targets, each server's at most its limit at once, and waits for them all. */
    private void phase(List<FleetTarget> members, Map<String, Integer> limits) {
        if (stopped.get() != null) {
            return;
        }
        Map<String, ConcurrentLinkedQueue<FleetTarget>> queues = new LinkedHashMap<>();
        members.forEach(t -> queues.computeIfAbsent(t.server(), s -> new ConcurrentLinkedQueue<>()).add(t));
        int count = 0;
        for (var entry : queues.entrySet()) {
            count += Math.min(limits.get(entry.getKey()), entry.getValue().size());
        }
        CountDownLatch finished = new CountDownLatch(count);
        List<Thread> workers = new ArrayList<>();
        for (var entry : queues.entrySet()) {
            ConcurrentLinkedQueue<FleetTarget> queue = entry.getValue();
            for (int i = Math.min(limits.get(entry.getKey()), queue.size()); i > 0; i--) {
                Thread worker = daemon(() -> {
                    try {
                        drain(queue);
                    } finally {
                        finished.countDown();
                    }
                }, "dibs-fleet-" + (workers.size() + 1));
                workers.add(worker);
                worker.start();
            }
        }
        try {
            finished.await();
        } catch (InterruptedException e) {
            stop("interrupted");
            workers.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new DibsException("the fleet run was interrupted; targets already running finish on their own", e);
        }
    }

    /**
     * One worker: takes the server's next target until none is left or the fleet stops. Taking a
     * target and recording a failure share one lock, so no target is launched after a failure that
     * stops the fleet; whatever the work throws, the target's outcome is recorded.
     */
    private void drain(ConcurrentLinkedQueue<FleetTarget> queue) {
        while (true) {
            FleetTarget target;
            synchronized (this) {
                if (stopped.get() != null || (target = queue.poll()) == null) {
                    return;
                }
                running.add(target);
            }
            long t0 = System.nanoTime();
            TargetOutcome outcome;
            try {
                TargetOutcome.Result result = work.run(shared.contains(target.database())
                        ? new FleetTarget(target.database().keptIn(sessions), target.tenant(), target.source()) : target);
                outcome = new TargetOutcome(target, TargetOutcome.State.DONE, result, Duration.ofNanos(System.nanoTime() - t0), null);
            } catch (TargetOutcome.Failed e) {
                outcome = new TargetOutcome(target, TargetOutcome.State.FAILED, e.result(), Duration.ofNanos(System.nanoTime() - t0),
                        e.getMessage() == null ? String.valueOf(e.getCause()) : e.getMessage());
            } catch (Throwable e) {
                // an Error too: the target is reported failed with it, never lost with its worker
                outcome = new TargetOutcome(target, TargetOutcome.State.FAILED, null, Duration.ofNanos(System.nanoTime() - t0),
                        e.getMessage() == null ? e.toString() : e.getMessage());
            }
            synchronized (this) {
                // one finish at a time: each line's counts are its own, in the order the lines come
                outcomes.put(target, outcome);
                (outcome.state() == TargetOutcome.State.DONE ? done : failed).incrementAndGet();
                running.remove(target);
                TargetOutcome finished = outcome;
                tell(() -> listener.targetFinished(finished, counts()));
                if (outcome.state() == TargetOutcome.State.FAILED && options.failure() == FleetOptions.Failure.STOP) {
                    stop("a target failed (" + outcome.target().name() + "; fleetFailure=stop)");
                }
            }
            if (targetsLeft.get(target.database()).decrementAndGet() == 0) {
                sessions.release(target.database());
            }
        }
    }

    private synchronized void stop(String why) {
        if (stopped.compareAndSet(null, why)) {
            tell(() -> listener.stopping(why));
        }
    }

    /** A listener that fails (a log that cannot be written) does not stop the fleet or lose a target. */
    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException ignored) {
            // the outcome is recorded all the same, and the report says it
        }
    }

    private synchronized void beat() {
        tell(() -> listener.heartbeat(counts(), List.copyOf(running)));
    }

    private FleetListener.Counts counts() {
        int d = done.get();
        int f = failed.get();
        int r = running.size();
        return new FleetListener.Counts(d, f, r, Math.max(targets.size() - d - f - r, 0), targets.size());
    }

    /**
     * Each server's limit: {@code parallelism}, or fewer when the server has fewer free connections
     * (read once, on the first target's database; a server that cannot be reached keeps the limit,
     * and its targets fail on their own with PostgreSQL's answer).
     */
    private Map<String, Integer> limits() {
        Map<String, List<FleetTarget>> byServer = new LinkedHashMap<>();
        targets.forEach(t -> byServer.computeIfAbsent(t.server(), s -> new ArrayList<>()).add(t));
        Map<String, Integer> limits = new LinkedHashMap<>();
        byServer.forEach((server, members) -> {
            int limit = options.parallelism();
            String reason = null;
            Integer free = freeConnections(members.get(0));
            if (free != null && free < limit) {
                // one connection per target at a time; one more is left for whoever else needs the server
                limit = Math.max(1, free - 1);
                reason = "the server has " + free + " free connections (max_connections)";
            }
            limits.put(server, limit);
            int chosen = limit;
            String why = reason;
            tell(() -> listener.serverLimit(server, members.size(), chosen, why));
        });
        return limits;
    }

    private static Integer freeConnections(FleetTarget target) {
        try (Connection c = target.database().open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(SqlResources.load(FleetRun.class, "free-connections"))) {
            return rs.next() ? rs.getInt(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static void checkTargets(List<FleetTarget> targets) {
        if (targets.isEmpty()) {
            throw new DibsException("The fleet has no targets: targets, targetsFile, targetsQuery and tenantSchemas found none.");
        }
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (FleetTarget t : targets) {
            if (!seen.add(t.name())) {
                twice.add(t.name() + " (again in " + t.source() + ")");
            }
        }
        if (!twice.isEmpty()) {
            throw new DibsException("The fleet lists targets twice: " + Printable.escape(String.join(", ", twice))
                    + ". List each database or tenant schema once.");
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
