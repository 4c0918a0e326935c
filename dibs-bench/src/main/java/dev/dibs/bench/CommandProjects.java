package dev.dibs.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Maven projects the whole commands run in, written into the bench's temporary folder: a project with no
 * Java schema (for {@code dibs:help}, {@code dibs:sql} and {@code dibs:diff}), one holding {@code n} Flyway-style
 * SQL migrations for both {@code dibs:migrate} and {@code flyway:migrate}, and copies of the quickstart example;
 * and the settings file that carries the database credentials (as the plugin's documentation recommends: a
 * settings.xml {@code <server>}, so no password is on a command line or in any output).
 */
final class CommandProjects {

    static final String SERVER_ID = "bench-db";
    /** The server id {@code flyway-maven-plugin} reads credentials from by default. */
    static final String FLYWAY_SERVER_ID = "flyway-db";
    static final String FLYWAY_VERSION = "13.12.0";

    private CommandProjects() {
    }

    /** A settings file with the credentials under {@link #SERVER_ID} and {@link #FLYWAY_SERVER_ID}, readable by its owner only. */
    static Path settings(Path dir, String user, String password) throws IOException {
        Path file = dir.resolve("bench-settings.xml");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        StringBuilder xml = new StringBuilder("<settings>\n  <servers>\n");
        for (String id : new String[] {SERVER_ID, FLYWAY_SERVER_ID}) {
            xml.append("    <server>\n      <id>").append(id).append("</id>\n      <username>").append(xmlText(user))
                    .append("</username>\n      <password>").append(xmlText(password)).append("</password>\n    </server>\n");
        }
        Files.writeString(file, xml.append("  </servers>\n</settings>\n"));
        return file;
    }

    /**
     * A project without Java schema classes (an empty {@code target/classes}), using dibs {@code version}; with
     * {@code migrations > 0}, that many SQL migrations in {@code target/classes/db/migration} (where dibs reads
     * them, from the class path), Flyway's plugin configured to read the same folder, and the Java schema they
     * make (compiled into {@code target/classes}), so that {@code dibs:migrate}'s check after migrating finds no
     * drift, as in a user's project.
     */
    static Path generated(Path dir, String version, int migrations) throws IOException {
        Files.createDirectories(dir.resolve("target/classes"));
        String flyway = migrations == 0 ? "" : """
                      <plugin>
                        <groupId>org.flywaydb</groupId>
                        <artifactId>flyway-maven-plugin</artifactId>
                        <version>%1$s</version>
                        <configuration>
                          <locations><location>filesystem:target/classes/db/migration</location></locations>
                          <cleanDisabled>true</cleanDisabled>
                        </configuration>
                        <dependencies>
                          <dependency>
                            <groupId>org.flywaydb</groupId>
                            <artifactId>flyway-database-postgresql</artifactId>
                            <version>%1$s</version>
                          </dependency>
                          <dependency>
                            <groupId>org.postgresql</groupId>
                            <artifactId>postgresql</artifactId>
                            <version>%2$s</version>
                          </dependency>
                        </dependencies>
                      </plugin>
                """.formatted(FLYWAY_VERSION, org.postgresql.util.DriverInfo.DRIVER_VERSION);
        Files.writeString(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>commands</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <dependencies>
                    <dependency>
                      <groupId>dev.dibs</groupId>
                      <artifactId>dibs-api</artifactId>
                      <version>%1$s</version>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.dibs</groupId>
                        <artifactId>dibs-maven-plugin</artifactId>
                        <version>%1$s</version>
                        <configuration>
                          <packages><package>bench.model</package></packages>
                        </configuration>
                      </plugin>
                %2$s    </plugins>
                  </build>
                </project>
                """.formatted(version, flyway));
        if (migrations > 0) {
            Path folder = Files.createDirectories(dir.resolve("target/classes/db/migration"));
            for (int i = 0; i < migrations; i++) {
                Files.writeString(folder.resolve(String.format("V%05d__create_m%05d.sql", i + 1, i)),
                        JavaProject.migrationSql(i) + ";\n");
            }
            JavaProject.compile(dir.resolve("target"), migratedTables(migrations));
        }
        return dir;
    }

    /** The records of the tables {@link JavaProject#migrationSql} creates, in package {@code bench.model}. */
    private static Map<String, String> migratedTables(int n) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("%05d", i);
            sources.put("bench/model/M" + id + ".java", "package bench.model;\n\nimport dev.dibs.*;\n\n@Table(\"m" + id
                    + "\")\npublic record M" + id + "(@Pk long id, @Nullable String note) {\n}\n");
        }
        return sources;
    }

    /** Where the quickstart example is: found from the working folder up (the bench runs in dibs-bench). */
    static Path quickstart() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("examples/quickstart");
            if (Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/quickstart not found above " + Path.of("").toAbsolutePath()
                + ": run the bench from the dibs checkout (mvn -pl dibs-bench -Pbench ...)");
    }

    /**
     * A copy of the quickstart (sources and pom, no {@code target}) using dibs {@code version}; {@code changed}
     * adds one nullable column to its {@code Customer}, so that {@code dibs:generate} has one change to write.
     */
    static Path quickstartCopy(Path dir, String version, boolean changed) throws IOException {
        Path source = quickstart();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path rel = source.relativize(f);
                if (rel.startsWith("target")) {
                    continue;
                }
                Path to = dir.resolve(rel.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path pom = dir.resolve("pom.xml");
        String text = Files.readString(pom);
        String pinned = text.replaceFirst("<dibs.version>[^<]*</dibs.version>", "<dibs.version>" + version + "</dibs.version>");
        if (pinned.equals(text) && !text.contains("<dibs.version>" + version + "<")) {
            throw new IllegalStateException("the quickstart's pom has no <dibs.version> property to pin to " + version);
        }
        Files.writeString(pom, pinned);
        if (changed) {
            Path customer = dir.resolve("src/main/java/com/example/quickstart/Customer.java");
            String java = Files.readString(customer);
            String edited = java.replace("@Nullable String name,", "@Nullable String name,\n        @Nullable String phone,");
            if (edited.equals(java)) {
                throw new IllegalStateException("cannot add a column to " + customer + ": its `@Nullable String name,` is gone");
            }
            Files.writeString(customer, edited);
        }
        return dir;
    }

    /** Deletes the migrations {@code dibs:generate} wrote into a quickstart copy since {@code before} was listed. */
    static void deleteGenerated(Path copy, java.util.Set<Path> before) throws IOException {
        Path migrations = copy.resolve("src/main/java/com/example/quickstart/migrations");
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path f : files.filter(f -> !before.contains(f)).toList()) {
                Files.delete(f);
            }
        }
    }

    static java.util.Set<Path> migrationFiles(Path copy) throws IOException {
        try (Stream<Path> files = Files.list(copy.resolve("src/main/java/com/example/quickstart/migrations"))) {
            return files.collect(java.util.stream.Collectors.toSet());
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xmlText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
