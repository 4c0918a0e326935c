package dev.dibs.engine.migrate;

import dev.dibs.engine.load.TestSchemas;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes and compiles migration classes for tests (package {@code e}). */
final class Migrations {

    private Migrations() {
    }

    /** A transactional migration whose body is the given Java statements (with {@code ctx} in scope). */
    static String migration(String id, String className, String body) {
        return migration(id, className, body, true);
    }

    static String migration(String id, String className, String body, boolean transactional) {
        return """
                /** Migration %1$s. */
                @Migration(value = "%1$s", transactional = %4$s)
                public final class %2$s implements DibsMigration {
                    @Override
                    public void migrate(MigrationContext ctx) throws Exception {
                %3$s
                    }
                }
                """.formatted(id, className, body.indent(8).stripTrailing(), transactional);
    }

    /** {@code count} migrations that each log their id into {@code applied_log} and create a table. */
    static String[] logging(int count) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = String.format("%03d_step", i);
            out.add(migration(id, "Step" + i, """
                    ctx.execute("INSERT INTO applied_log (id) VALUES (?)", "%s");
                    ctx.execute("CREATE TABLE step%d (id int PRIMARY KEY)");
                    """.formatted(id, i)));
        }
        return out.toArray(String[]::new);
    }

    static List<Path> compile(Path dir, String... classes) {
        return TestSchemas.compile(dir, classes);
    }
}
