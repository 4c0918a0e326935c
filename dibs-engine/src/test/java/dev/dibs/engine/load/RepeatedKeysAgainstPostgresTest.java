package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.canonical.Canonicalizer;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unique key equal to the primary key or to another unique key (same columns and options) is one
 * PostgreSQL's {@code CREATE TABLE} keeps only once: the loader refuses it, naming the annotation,
 * rather than let the scratch database lose it ("dibs bug"); keys that differ in an option are kept
 * by PostgreSQL, and by dibs.
 */
@WithPostgres
class RepeatedKeysAgainstPostgresTest {

    private static final String SAME = "the same columns in the same order, with the same include, nullsNotDistinct and"
            + " deferrable. PostgreSQL's CREATE TABLE keeps one of two such keys, so the database would never hold both.";

    @TempDir
    Path dir;

    @Test
    void postgresKeepsOneOfTwoEqualKeysAndTheLoaderSaysSo(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE same (id int, a int, CONSTRAINT same_pkey PRIMARY KEY (id) WITH (fillfactor = 70),"
                + " CONSTRAINT same_id_key UNIQUE (id), CONSTRAINT same_a_key UNIQUE (a), CONSTRAINT same_a_key1 UNIQUE (a));"
                + " CREATE TABLE differ (id int, a int, CONSTRAINT differ_pkey PRIMARY KEY (id),"
                + " CONSTRAINT differ_id_key UNIQUE (id) DEFERRABLE, CONSTRAINT differ_id_a_key UNIQUE (id) INCLUDE (a))");
        assertThat(db.queryStrings("SELECT conname FROM pg_constraint WHERE conrelid = 'same'::regclass ORDER BY 1"))
                .as("PostgreSQL's CREATE TABLE, which does not compare storage parameters").containsExactly("same_a_key", "same_pkey");
        assertThat(db.queryStrings("SELECT conname FROM pg_constraint WHERE conrelid = 'differ'::regclass ORDER BY 1"))
                .containsExactly("differ_id_a_key", "differ_id_key", "differ_pkey");

        List<Path> classpath = TestSchemas.compile(dir.resolve("same"), """
                @Table("same") @UniqueConstraint(columns = "a", name = "same_a_key1")
                public record Same(@Pk(with = "fillfactor=70") @Unique int id, @Unique int a) {}
                """);
        SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                () -> IntentLoader.builder().classpath(classpath).packages(List.of("e")).load());
        assertThat(e.problems()).extracting(Problem::message).containsExactlyInAnyOrder(
                "@Unique repeats the primary key same_pkey: " + SAME,
                "@Unique repeats the unique constraint same_a_key1: " + SAME);
        assertThat(e.problems()).extracting(Problem::where).allMatch(w -> w.contains("e.Same"));
        assertThat(e.problems()).extracting(Problem::fix).allMatch(f -> f.startsWith("remove it ("));

        List<Path> differing = TestSchemas.compile(dir.resolve("differ"), """
                @Table("differ") @UniqueConstraint(columns = "id", include = "a")
                public record Differ(@Pk @Unique(deferrable = Deferrable.IMMEDIATE) int id, int a) {}
                """);
        LoadedSchema loaded = IntentLoader.builder().classpath(differing).packages(List.of("e")).load();
        assertThat(Canonicalizer.canonicalize(loaded, server).tables().get(0).uniques()).hasSize(2);
    }
}
