package dev.dibs.maven;

import dev.dibs.engine.fleet.FleetListener;
import dev.dibs.engine.fleet.FleetResult;
import dev.dibs.engine.fleet.FleetTarget;
import dev.dibs.engine.fleet.TargetOutcome;
import dev.dibs.engine.naming.Printable;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * A fleet run as people follow it in the build log: one line per finished target with the live
 * counts, the canary's verdict, why launching stopped, a heartbeat naming what still runs, and the
 * fleet's table at the end ({@code dibs:status} prints the same table).
 */
final class FleetLog implements FleetListener {

    private final Log log;

    FleetLog(Log log) {
        this.log = log;
    }

    @Override
    public synchronized void serverLimit(String server, int targets, int limit, String reason) {
        log.info("dibs: " + Printable.escape(server) + ": " + targets + " targets, " + limit + " at a time"
                + (reason == null ? "" : " (" + reason + ")"));
    }

    @Override
    public synchronized void canary(int size, boolean passed) {
        if (passed) {
            log.info("dibs: canary passed (" + size + " targets): the rest of the fleet follows");
        } else {
            log.error("dibs: canary FAILED: the rest of the fleet is not launched");
        }
    }

    @Override
    public synchronized void targetFinished(TargetOutcome o, Counts counts) {
        String line = "dibs: [" + counts.done() + " done · " + counts.failed() + " failed · " + counts.running() + " running · "
                + counts.waiting() + " waiting] " + Printable.escape(o.target().name() + " " + o.state().label() + " in "
                + o.took().toMillis() + " ms" + describe(o.result()));
        if (o.state() == TargetOutcome.State.FAILED) {
            log.error(line + ": " + Printable.escape(firstLine(o.error())));
        } else if (o.result() != null && !o.result().notes().isEmpty()) {
            log.warn(line + ": " + Printable.escape(o.result().notes()));
        } else {
            log.info(line);
        }
    }

    @Override
    public synchronized void stopping(String why) {
        log.warn("dibs: no new target is launched: " + Printable.escape(why));
    }

    @Override
    public synchronized void heartbeat(Counts counts, List<FleetTarget> running) {
        log.info("dibs: fleet " + counts + (running.isEmpty() ? "" : "; running: " + Printable.escape(String.join(", ",
                running.stream().limit(8).map(FleetTarget::name).toList())) + (running.size() > 8 ? ", …" : "")));
    }

    /** The whole fleet as a table, and the count of targets at each migration. */
    void table(FleetResult result) {
        int width = result.outcomes().stream().mapToInt(o -> o.target().name().length()).max().orElse(6);
        String format = "    %-" + width + "s  %-12s  %-28s  %7s  %7s  %s";
        log.info(String.format(format, "target", "state", "current migration", "applied", "pending", "drift / error"));
        for (TargetOutcome o : result.outcomes()) {
            TargetOutcome.Result r = o.result();
            String tail = o.error() != null ? firstLine(o.error())
                    : r == null ? "" : r.drift() != null ? (r.drift() ? "drift: " + r.changes() + " changes" : "no drift")
                            + (r.notes().isEmpty() ? "" : "; " + r.notes()) : r.notes();
            String line = Printable.escape(String.format(format, o.target().name(), o.state().label(),
                    r == null ? "?" : r.current() == null ? "(none)" : r.current(), r == null ? "?" : r.applied(),
                    r == null || r.pending() < 0 ? "?" : r.pending(), tail));
            if (o.state() == TargetOutcome.State.FAILED || r != null && Boolean.TRUE.equals(r.drift())) {
                log.warn(line);
            } else {
                log.info(line);
            }
        }
        log.info("dibs: targets at each migration: " + Printable.escape(String.join(", ", result.atMigration().entrySet().stream()
                .map(e -> e.getKey() + " ×" + e.getValue()).toList())));
    }

    private static String describe(TargetOutcome.Result r) {
        if (r == null) {
            return "";
        }
        return " (" + (r.ran() > 0 ? "ran " + r.ran() + ", " : "") + "at " + (r.current() == null ? "(none)" : r.current())
                + (r.pending() > 0 ? ", " + r.pending() + " pending" : "")
                + (r.drift() == null ? "" : r.drift() ? ", drift: " + r.changes() + " changes" : ", no drift") + ")";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl) + " …";
    }
}
