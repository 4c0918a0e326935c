package dev.dibs.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Launches whole commands ({@code mvn}, {@code pg_dump}, {@code apgdiff}, a child JVM) as a user's shell would,
 * timing each from start to exit. Output goes to a log file, never to the bench's own output; a failure says which
 * command failed, where, and its last lines, with every secret the bench knows masked.
 */
final class Launcher {

    /** No command the bench launches should take longer; a hung one must not hang the bench. */
    private static final long TIMEOUT_MINUTES = 15;

    private final Path logs;
    private final List<String> secrets;
    private int launched;

    Launcher(Path logs, List<String> secrets) throws IOException {
        this.logs = Files.createDirectories(logs);
        this.secrets = List.copyOf(secrets);
    }

    /** A command, its folder, extra environment variables, and where its standard output goes (null: the log). */
    record Command(List<String> line, Path dir, Map<String, String> env, Path stdout) {
        Command(List<String> line, Path dir) {
            this(line, dir, Map.of(), null);
        }

        Command withEnv(Map<String, String> more) {
            Map<String, String> all = new HashMap<>(env);
            all.putAll(more);
            return new Command(line, dir, all, stdout);
        }

        Command toFile(Path file) {
            return new Command(line, dir, env, file);
        }

        /** The command as printed: its words, never the environment (where passwords travel). */
        String shown() {
            return String.join(" ", line);
        }
    }

    /** Runs {@code command}, fails unless it exits with 0; returns its wall time in milliseconds. */
    double time(Command command) throws IOException, InterruptedException {
        Path log = logs.resolve(String.format("%05d.log", ++launched));
        ProcessBuilder pb = new ProcessBuilder(command.line()).directory(command.dir().toFile());
        // the commands name their databases themselves: a URL in the bench's environment must not reach them
        pb.environment().remove("DIBS_DATABASE_URL");
        pb.environment().remove("PGPASSWORD");
        pb.environment().putAll(command.env());
        if (command.stdout() != null) {
            pb.redirectOutput(command.stdout().toFile()).redirectError(log.toFile());
        } else {
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        long t0 = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start `" + command.shown() + "`: " + mask(String.valueOf(e.getMessage())), e);
        }
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IllegalStateException("`" + command.shown() + "` in " + command.dir() + " took more than " + TIMEOUT_MINUTES
                    + " minutes and was stopped; its output: " + log);
        }
        double millis = (System.nanoTime() - t0) / 1e6;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("`" + command.shown() + "` in " + command.dir() + " failed (exit " + p.exitValue()
                    + "); its last lines:\n" + tail(log, 25));
        }
        return millis;
    }

    /** The log of the last command launched. */
    Path lastLog() {
        return logs.resolve(String.format("%05d.log", launched));
    }

    /** The last {@code lines} lines of {@code file}, secrets masked. */
    String tail(Path file, int lines) throws IOException {
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> last = new ArrayList<>(all.subList(Math.max(0, all.size() - lines), all.size()));
        return mask(String.join("\n", last));
    }

    private String mask(String text) {
        String masked = text;
        for (String s : secrets) {
            if (s != null && !s.isEmpty()) {
                masked = masked.replace(s, "***");
            }
        }
        return masked;
    }
}
