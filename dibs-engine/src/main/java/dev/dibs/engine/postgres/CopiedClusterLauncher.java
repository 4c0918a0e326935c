package dev.dibs.engine.postgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code postgres} itself on a cluster copied from a {@link ClusterTemplate}, without zonky:
 * the binaries are known from the template, so there is nothing to unpack or hash (zonky reads and
 * hashes the whole 15 MB archive in every JVM), and no {@code pg_ctl}, whose start and stop wait
 * in steps of 100 ms. The server is ready when dibs can sign in; it stops with a fast shutdown.
 */
final class CopiedClusterLauncher {
    private static final String SUPERUSER = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 10;
    private static final long STOP_WAIT_SECONDS = 10;
    /** pgjdbc's "connection refused" and PostgreSQL's "the database system is starting up". */
    private static final List<String> NOT_READY_YET = List.of("08001", "08004", "57P03");

    private CopiedClusterLauncher() {
    }

    /**
     * Sets a new superuser password in {@code dataDirectory} (a copy) unless it has one, starts its
     * server and waits until it accepts that password.
     *
     * @param passwordSet the superuser's password when a spare copy was given it already, else null
     * @param afterStop what to tidy once the server has stopped (the copy, the log)
     */
    static PostgresServer start(ClusterTemplate.Template template, Path dataDirectory, String passwordSet, Path log,
                                Runnable afterStop) throws IOException {
        warmUpDriver(freePort());
        String password = passwordSet == null ? Passwords.random() : passwordSet;
        EmbeddedPostgresLauncher.secure(dataDirectory, password);
        if (passwordSet == null) {
            SingleUserPassword.set(template.binaries(), dataDirectory, password, log);
        }
        int port = freePort();
        List<String> command = new ArrayList<>(SingleUserPassword.prefix());
        // -F and full_page_writes=off: durability is pointless for a cluster deleted at the end of the run.
        command.addAll(List.of(SingleUserPassword.postgres(template.binaries()).toString(), "-D", dataDirectory.toString(),
                "-p", String.valueOf(port), "-F", "-c", "full_page_writes=off", "-c", "listen_addresses=localhost"));
        Process process = ServerEnvironment.clean(new ProcessBuilder(command))
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()))
                .start();
        // A JVM that ends without closing the server (Ctrl-C) must not leave it running.
        Thread hook = new Thread(() -> stop(process), "dibs-postgres-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        ConnectionInfo admin = new ConnectionInfo("jdbc:postgresql://localhost:" + port + "/postgres", SUPERUSER, password);
        AutoCloseable stopper = () -> {
            try {
                stop(process);
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // The JVM is shutting down already; the hook has nothing left to do.
                }
            } finally {
                afterStop.run();
            }
        };
        try (Connection ready = awaitReady(process, admin)) {
            return RunningPostgresServer.on(ready, admin,
                    version -> "embedded PostgreSQL " + version + " on port " + port, stopper, true, List.of(ClusterTemplate.PRISTINE))
                    .ofDibsBinaries(template.directory().getFileName().toString());
        } catch (SQLException e) {
            closeQuietly(stopper, e);
            throw new IOException("the server does not answer: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(stopper, e);
            throw e;
        }
    }

    /**
     * The JDBC driver's first connection in a JVM loads and initialises much of it (0.2 to 0.3 s
     * here): done on a thread of its own while the password is set, by a sign-in that is refused
     * (nothing listened on {@code port} a moment ago), so that the first real one is quick.
     */
    private static void warmUpDriver(int port) {
        Thread thread = new Thread(() -> {
            try {
                // when something listened after all, it is closed at once
                new ConnectionInfo("jdbc:postgresql://localhost:" + port + "/postgres", SUPERUSER, Passwords.random()).open().close();
            } catch (SQLException | RuntimeException expected) {
                // refused, as intended
            }
            warmUpScram();
        }, "dibs-driver-warm-up");
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Loads what a SCRAM-SHA-256 sign-in computes with (HMAC, PBKDF2, SHA-256, a random nonce): the
     * first use of each in a JVM finds and initialises its security provider, 0.15-0.25 s cold, which
     * the refused sign-in above never reaches.
     */
    static void warmUpScram() {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(new byte[32], "HmacSHA256"));
            mac.doFinal(new byte[1]);
            javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new javax.crypto.spec.PBEKeySpec(new char[] {'x'}, new byte[16], 1, 256));
            java.security.MessageDigest.getInstance("SHA-256").digest(new byte[1]);
            new java.security.SecureRandom().nextBytes(new byte[18]);
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            // nothing warmed: the sign-in does it, and says what fails
        }
    }

    private static void closeQuietly(AutoCloseable stopper, Exception failure) {
        try {
            stopper.close();
        } catch (Exception suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    /** The first connection the server accepts, open. */
    private static Connection awaitReady(Process process, ConnectionInfo admin) throws IOException {
        long deadline = System.nanoTime() + STARTUP_WAIT.toNanos();
        while (true) {
            try {
                return admin.open();
            } catch (SQLException e) {
                if (!NOT_READY_YET.contains(e.getSQLState())) {
                    throw new IOException("the server does not accept its superuser password: " + e.getMessage(), e);
                }
            }
            if (!process.isAlive()) {
                throw new IOException("the server stopped while starting (exit code " + process.exitValue() + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the server did not accept connections within " + STARTUP_WAIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the server started", e);
            }
        }
    }

    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        fastShutdown(process);
        try {
            if (!process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                // A session left open keeps a smart shutdown waiting; the cluster is discarded anyway.
                process.destroyForcibly();
                process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * SIGINT, PostgreSQL's fast shutdown: it ends any session left open rather than wait for it, as
     * {@code pg_ctl stop -m fast} does. Java only sends SIGTERM (a smart shutdown, which waits), so
     * {@code kill} sends it; where there is no {@code kill} (Windows), the process is ended.
     */
    private static void fastShutdown(Process process) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid()))
                    .redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
            if (kill.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill command: below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
