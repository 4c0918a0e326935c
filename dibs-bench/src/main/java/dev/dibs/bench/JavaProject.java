package dev.dibs.bench;

import dev.dibs.engine.testing.JavaSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The generated sources of the loading and migrate benchmarks, compiled by javac as a user's build would. */
final class JavaProject {

    private JavaProject() {
    }

    /** Writes {@code sources} (relative path → text) under {@code dir/src}, compiles them without annotation processing; returns the classpath. */
    static List<Path> compile(Path dir, Map<String, String> sources) {
        return JavaSources.compile(dir, sources, "-proc:none");
    }

    /** {@code n} {@code @Table} records mirroring {@link GeneratedSchema}, in package {@code bench.model}. */
    static Map<String, String> tableSources(int n) {
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String t = GeneratedSchema.table(i);
            String cls = "T" + t.substring(1);
            sources.put("bench/model/" + cls + ".java", "package bench.model;\n\n"
                    + "import dev.dibs.*;\n\n"
                    + "/** Generated table " + i + ". */\n"
                    + "@Table(\"" + t + "\")\n"
                    + "@Index(name = \"" + t + "_name_ix\", columns = \"name, created_at DESC\")\n"
                    + "@Index(name = \"" + t + "_ref_active_ix\", columns = \"ref_id\", where = \"active\")\n"
                    + "@Check(name = \"" + t + "_qty_ck\", value = \"qty >= 0\")\n"
                    + "public record " + cls + "(\n"
                    + "    @Pk @Identity long id,\n"
                    + "    @Unique @Column(type = \"varchar(40)\") String code,\n"
                    + "    String name,\n"
                    + "    @Default(\"0\") @Column(type = \"numeric(12,2)\") java.math.BigDecimal amount,\n"
                    + "    int qty,\n"
                    + "    @Default(\"true\") boolean active,\n"
                    + "    @Default(\"now()\") java.time.Instant createdAt,\n"
                    + "    @Nullable String note,\n"
                    + "    @Nullable @References(value = \"" + GeneratedSchema.table(GeneratedSchema.target(i, n))
                    + ".id\", onDelete = Action.SET_NULL) Long refId,\n"
                    + "    @Nullable @Column(type = \"jsonb\") String payload) {\n}\n");
        }
        return sources;
    }

    /** {@code n} trivial migrations, each creating one small table, in package {@code bench.migrations}. */
    static Map<String, String> migrationSources(int n) {
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("%05d", i);
            sources.put("bench/migrations/M" + id + ".java", "package bench.migrations;\n\n"
                    + "import dev.dibs.*;\n\n"
                    + "@Migration(\"V" + id + "_create_m" + id + "\")\n"
                    + "public class M" + id + " implements DibsMigration {\n"
                    + "    @Override\n"
                    + "    public void migrate(MigrationContext ctx) throws Exception {\n"
                    + "        ctx.execute(\"" + migrationSql(i) + "\");\n"
                    + "    }\n"
                    + "}\n");
        }
        return sources;
    }

    static String migrationSql(int i) {
        return String.format("CREATE TABLE m%05d (id bigint PRIMARY KEY, note text)", i);
    }
}
