package dev.dibs.bench;

import dev.dibs.Table;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Generated sources compiled by javac as a user's build would, with dibs-api on the classpath. */
final class JavaProject {

    private JavaProject() {
    }

    static Path dibsApi() {
        try {
            return Path.of(Table.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code sources} (relative path → text) under {@code dir/src}, compiles them; returns the classpath. */
    static List<Path> compile(Path dir, Map<String, String> sources) throws IOException {
        Path src = dir.resolve("src");
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            files.add(file);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler: run the benchmark on a JDK, not a JRE");
        }
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
            List<String> options = List.of("-d", out.toString(), "-classpath", dibsApi().toString(),
                    "-sourcepath", src.toString(), "--release", "17", "-Xlint:-options", "-proc:none");
            if (!javac.getTask(diagnostics, fm, null, options, null, units).call()) {
                throw new IllegalStateException("javac failed:\n" + diagnostics);
            }
        }
        return List.of(out, dibsApi());
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
