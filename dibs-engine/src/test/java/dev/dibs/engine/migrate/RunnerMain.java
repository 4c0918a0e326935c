package dev.dibs.engine.migrate;

import dev.dibs.engine.postgres.ConnectionInfo;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs migrations in a JVM of its own, for tests with several processes: arguments are the JDBC
 * URL, user, password and the migrations' classpath; prints {@code applied N} on success.
 */
public final class RunnerMain {

    private RunnerMain() {
    }

    public static void main(String[] args) {
        List<Path> classpath = Arrays.stream(args[3].split(File.pathSeparator)).map(Path::of).toList();
        MigrationReport report = MigrationRunner.builder().database(new ConnectionInfo(args[0], args[1], args[2]))
                .classpath(classpath).packages(List.of("e")).listener(new MigrationListener() {
                    @Override
                    public void migrationStarted(DiscoveredMigration m, int number, int total) {
                        System.out.println("started " + m.id());
                        System.out.flush();
                    }

                    @Override
                    public void log(DiscoveredMigration m, String message) {
                        System.out.println("log " + message);
                        System.out.flush();
                    }
                }).build().run();
        System.out.println("applied " + report.applied().size());
    }

    /** A command line running this class with the test JVM's classpath. */
    static List<String> command(ConnectionInfo db, List<Path> classpath) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"), RunnerMain.class.getName(), db.url(), db.user(),
                db.password(), String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    }
}
