package dev.dibs.engine.postgres;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Gives the superuser of a stopped cluster a new password through PostgreSQL's single-user mode,
 * which needs no connection and so no password: a cluster copied from a {@link ClusterTemplate}
 * gets its own before its server ever listens.
 */
final class SingleUserPassword {
    private static final long WAIT_SECONDS = 60;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{16,}");

    private SingleUserPassword() {
    }

    /** The major version of the cluster in {@code dataDirectory} (its PG_VERSION file), 0 when unreadable. */
    static int major(Path dataDirectory) {
        try {
            return Integer.parseInt(Files.readString(dataDirectory.resolve("PG_VERSION"), StandardCharsets.UTF_8).trim());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** The {@code postgres} executable in a {@code bin} directory. */
    static Path postgres(Path binaries) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return binaries.resolve(windows ? "postgres.exe" : "postgres");
    }

    /**
     * What goes before a PostgreSQL command, as zonky runs initdb and pg_ctl: PostgreSQL refuses to
     * run as root, and a user namespace ({@code unshare -U}) makes root an ordinary user for it.
     */
    static List<String> prefix() {
        return LinuxUtils.isUnshareAvailable() ? List.of("unshare", "-U") : List.of();
    }

    /**
     * The statement that sets the password, for single-user mode's standard input: refused unless the
     * password is made only of what {@link Passwords#random} gives, so it can never leave its quotes.
     */
    static String statement(String password) {
        if (!SAFE.matcher(password).matches()) {
            throw new IllegalArgumentException("a single-user password must be letters, digits, '-' or '_'");
        }
        return "ALTER ROLE postgres PASSWORD '" + password + "'\n";
    }

    /**
     * Single-user mode on {@code dataDirectory}, a cluster of {@code major}, reading {@link #statement}
     * from its standard input and stopping at the first error.
     */
    static List<String> command(Path binaries, Path dataDirectory, int major) {
        List<String> command = new ArrayList<>(prefix());
        command.addAll(List.of(postgres(binaries).toString(), "--single", "-F", "-D", dataDirectory.toString(),
                "-c", "exit_on_error=on", "-c", "log_min_error_statement=panic", "-c", "password_encryption=scram-sha-256"));
        if (major >= 16) {
            // SCRAM's 4,096 rounds of hashing slow the guessing of a weak password; this one is 144 random
            // bits, used by one throwaway cluster. One round spares every sign-in of the run the hashing
            // (a cold JVM's first sign-in took 0.2 s longer with 4,096).
            command.addAll(List.of("-c", "scram_iterations=1"));
        }
        command.add("postgres");
        return command;
    }

    /**
     * Sets the password. It goes to the process's standard input, never its command line (which
     * other users can list); errors are logged without the statement, so the log never holds it.
     *
     * @param log where the process's output is appended
     */
    static void set(Path binaries, Path dataDirectory, String password, Path log) throws IOException {
        String statement = statement(password);
        List<String> command = command(binaries, dataDirectory, major(dataDirectory));
        Process process = ServerEnvironment.clean(new ProcessBuilder(command))
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()))
                .start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(statement.getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("PostgreSQL in single-user mode did not finish setting the superuser password within "
                        + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting the superuser password", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("PostgreSQL in single-user mode could not set the superuser password (exit code "
                    + process.exitValue() + ")");
        }
    }
}
