package dev.dibs.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.DiffResult;
import liquibase.diff.compare.CompareControl;
import liquibase.diff.output.DiffOutputControl;
import liquibase.diff.output.changelog.DiffToChangeLog;
import liquibase.diff.output.report.DiffToReport;

/**
 * The peer of {@code dibs:sql -Ddibs.referenceUrl}, run by {@link CommandBench} as a whole JVM (with
 * {@code -Xss512m}: Liquibase overflows the default stack following a long foreign-key chain): Liquibase's
 * diff of the target database against the reference, written as a change log (what would make the target the
 * reference), as {@code liquibase:diff} with a change-log file does. Connection details come from the
 * environment ({@code BENCH_TARGET_URL}, {@code BENCH_REFERENCE_URL}, {@code BENCH_USER}, {@code BENCH_PASSWORD}),
 * so no password is on a command line.
 */
public final class LiquibaseDiff {

    /** Kept so the logger and its level are not collected. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private LiquibaseDiff() {
    }

    public static void main(String[] args) throws Exception {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        Path output = Path.of(args[0]);
        try (Connection target = open(System.getenv("BENCH_TARGET_URL"));
             Connection reference = open(System.getenv("BENCH_REFERENCE_URL"))) {
            DatabaseFactory factory = DatabaseFactory.getInstance();
            Database targetDb = factory.findCorrectDatabaseImplementation(new JdbcConnection(target));
            Database referenceDb = factory.findCorrectDatabaseImplementation(new JdbcConnection(reference));
            DiffResult diff = DiffGeneratorFactory.getInstance().compare(referenceDb, targetDb, new CompareControl());
            try (PrintStream out = new PrintStream(Files.newOutputStream(output), false, "UTF-8")) {
                if (args.length > 1 && args[1].equals("changelog")) {
                    new DiffToChangeLog(diff, new DiffOutputControl()).print(out);
                } else {
                    new DiffToReport(diff, out).print();
                }
            }
        }
    }

    private static Connection open(String url) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", System.getenv("BENCH_USER"));
        p.setProperty("password", System.getenv("BENCH_PASSWORD"));
        return new org.postgresql.Driver().connect(url, p);
    }
}
