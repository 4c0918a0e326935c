package dev.dibs.engine.canonical;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.DibsException;
import dev.dibs.engine.inspect.Extension;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.DriverStatements;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.Origins;
import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.load.SqlDeclaration;
import dev.dibs.engine.load.TypedView;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.postgres.PgVersion;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.SqlResources;
import dev.dibs.engine.render.CreateScript;
import dev.dibs.engine.render.ScriptStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Puts a Java schema into Postgres's own words. Annotations hold expressions as the user wrote
 * them ({@code price >= 0}, {@code 'PENDING'}); the catalog prints them its way
 * ({@code (price >= (0)::numeric)}, {@code 'PENDING'::public.order_status}). Rather than parse
 * SQL, dibs creates the Java schema in a scratch database and reads it back with the same
 * {@link Inspector} as the live one: whatever Postgres prints there is what the live database
 * prints for the same definition.
 *
 * <p>The scratch database lives on {@code server}: an embedded PostgreSQL of the target's version
 * (see {@link ScratchServers}), never the target server. It is dropped afterwards. An expression
 * Postgres rejects fails here, naming the class and member it came from.
 */
public final class Canonicalizer {

    /** The cache the public methods use instead of the machine's, when a test set one. */
    private static volatile CanonicalCache testCache;

    private Canonicalizer() {
    }

    /** Makes the public methods use {@code cache} (null: the machine's again); for tests, which run dibs from class directories, where the machine's is off. */
    static void useCache(CanonicalCache cache) {
        testCache = cache;
    }

    static CanonicalCache cache() {
        CanonicalCache cache = testCache;
        return cache != null ? cache : CanonicalCache.standard();
    }

    public static Schema canonicalize(LoadedSchema intent, PostgresServer server) {
        return canonicalize(intent, server, List.of()).inspection().schema();
    }

    /**
     * The Java schema and the declarations of its SQL files as PostgreSQL holds them, with their
     * fingerprints. The files are the desired state of what lives in the managed schemas, extensions
     * there included; of {@code extensions} (the target database's) only those outside the managed
     * schemas are created first, taken as given (they are not managed), so that a type, function or
     * operator class of theirs resolves as it does there. The extensions the scratch server lacks are
     * said, not created. The declarations are built around the tables: extensions, sequences, domains,
     * functions and procedures before them, triggers, comments and the rest after (see
     * {@link DeclaredObjects}); a declaration PostgreSQL rejects fails naming its file and line.
     */
    public static Canonical canonicalize(LoadedSchema intent, PostgresServer server, List<Extension> extensions) {
        return canonicalize(intent, server, extensions, cache());
    }

    /**
     * As above, taking what {@code cache} kept for the same inputs on a server of the same identity
     * instead of building them again, and keeping what it builds. A schema PostgreSQL refuses is never
     * kept: it is built, and refused, every time.
     */
    static Canonical canonicalize(LoadedSchema intent, PostgresServer server, List<Extension> extensions, CanonicalCache cache) {
        List<Extension> unmanaged = unmanaged(intent, extensions);
        Optional<String> key = key(intent, server.identity(), unmanaged, cache);
        Optional<Canonical> kept = key.flatMap(cache::find);
        if (kept.isPresent()) {
            return kept.get();
        }
        Canonical made = roundTrip(intent.schema(), intent.origins(), server, unmanaged, intent.declarations(), intent.typedViews(),
                intent.schemas());
        key.ifPresent(k -> cache.store(k, made));
        return made;
    }

    /**
     * What {@link #canonicalize(LoadedSchema, PostgresServer, List)} kept for the same inputs on a
     * server of {@code identity} (null: none is taken), without any server: when it is there, the
     * scratch server need not start.
     */
    public static Optional<Canonical> kept(LoadedSchema intent, String identity, List<Extension> extensions) {
        return kept(intent, identity, extensions, cache());
    }

    static Optional<Canonical> kept(LoadedSchema intent, String identity, List<Extension> extensions, CanonicalCache cache) {
        return key(intent, identity, unmanaged(intent, extensions), cache).flatMap(cache::find);
    }

    /** The database's extensions outside the managed schemas: those inside are declared by the SQL files. */
    static List<Extension> unmanaged(LoadedSchema intent, List<Extension> extensions) {
        List<String> managed = intent.schema().namespaces();
        return extensions.stream().filter(e -> !managed.contains(e.schema())).toList();
    }

    static Optional<String> key(LoadedSchema intent, String identity, List<Extension> unmanaged, CanonicalCache cache) {
        return cache.key(identity, new Inputs(intent.schema(), unmanaged, intent.declarations(), intent.typedViews(), intent.schemas()));
    }

    /**
     * As {@link #canonicalize(LoadedSchema, PostgresServer)} on a server where SQL a pull request
     * controls runs meanwhile ({@code dibs:check} replays the migrations on the same cluster): a result
     * kept before is taken, and what is built here is not kept, since that SQL could have changed the
     * cluster under it.
     */
    public static Inspection canonicalizeBesideMigrations(LoadedSchema intent, PostgresServer server) {
        return canonicalize(intent, server, List.of(), cache().readOnly()).inspection();
    }

    /** {@link Inputs} in words: all a canonicalisation's result depends on besides the server. */
    static String inputs(LoadedSchema intent, List<Extension> unmanaged) {
        return new Inputs(intent.schema(), unmanaged, intent.declarations(), intent.typedViews(), intent.schemas()).toString();
    }

    /** All that a canonicalisation's result depends on besides the server (the origins only name what failed). */
    private record Inputs(Schema schema, List<Extension> extensions, List<SqlDeclaration> declarations, List<TypedView> typedViews,
                          List<String> searchPath) {
    }

    /** A schema in PostgreSQL's words, and the extensions asked for that the scratch server lacks. */
    public record Canonical(Inspection inspection, List<Extension> missingExtensions) {
        public Canonical {
            missingExtensions = List.copyOf(missingExtensions);
        }
    }

    /**
     * Re-prints a schema read from one PostgreSQL in the words of {@code server}'s version: what a
     * comparison of databases of two major versions needs, since each version prints some
     * expressions its own way.
     *
     * @throws SchemaValidationException when {@code server} rejects part of it, e.g. a column of a
     *                                   type only the original database has
     */
    public static Schema reprint(Schema schema, PostgresServer server) {
        return roundTrip(schema, new Origins(Map.of(), Map.of()), server, List.of(), List.of(), List.of(), schema.namespaces())
                .inspection().schema();
    }

    private static Canonical roundTrip(Schema schema, Origins origins, PostgresServer server, List<Extension> extensions,
                                       List<SqlDeclaration> declarations, List<TypedView> typedViews, List<String> searchPath) {
        refuseWhatTheVersionLacks(schema, origins, server);
        RuntimeException failure = null;
        ScratchDatabase scratch = ScratchDatabase.create(server, extensions);
        try {
            return buildIn(scratch, schema, origins, server, declarations, typedViews, searchPath);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            closeQuietlyAfterFailure(scratch, failure);
        }
    }

    /**
     * Builds the schema and its declarations in {@code scratch} (new and empty) and reads them back;
     * the caller closes it, and has refused what {@code server}'s version lacks ({@link #refuseWhatTheVersionLacks}).
     */
    static Canonical buildIn(ScratchDatabase scratch, Schema schema, Origins origins, PostgresServer server,
                             List<SqlDeclaration> declarations, List<TypedView> typedViews, List<String> searchPath) {
        CreateScript.Staged staged = CreateScript.staged(schema, origins);
        List<ScriptStatement> script = staged.all();
        try {
            Connection c = scratch.connection();
            DeclaredObjects declared = new DeclaredObjects(c, scratch.admin(), server.majorVersion(), server.description(), server.discardedWhenClosed());
            if (!declarations.isEmpty()) {
                declared.prepare(searchPath); // the first schema as configured: where an unqualified name goes
                // the Java enum types before the declarations: a function or domain of the SQL files may
                // take one, and a table's check, default or index call it (built with the tables, below)
                if (!runAtOnce(c, staged.types())) {
                    throw new SchemaValidationException(findFailures(c, staged.types(), server.majorVersion()));
                }
                failIfAny(declared.beforeTables(declarations));
                // the tables, then what waited for them (a function taking a table's row type), which
                // their defaults, checks and indexes, built next, may call
                if (!runAtOnce(c, staged.tables())) {
                    throw new SchemaValidationException(findFailures(c, staged.tables(), server.majorVersion()));
                }
                script = staged.rest();
                failIfAny(declared.afterTableShells());
            }
            if (!runAtOnce(c, script)) {
                throw new SchemaValidationException(findFailures(c, script, server.majorVersion()));
            }
            failIfAny(declared.afterTables(declarations));
            if (!declarations.isEmpty()) {
                reprintSqlStandardBodies(c, schema.namespaces());
            }
            return readBack(scratch, schema, declarations, typedViews);
        } catch (SQLException e) {
            throw scratchFailed(server, e);
        }
    }

    /**
     * Each routine with an SQL-standard body created again from PostgreSQL's own print of it: that
     * print, which a plan writes, is what the routine then holds on the target, and PostgreSQL may
     * print it back otherwise than the body as written ({@code SELECT 'x'} → {@code SELECT 'x'::text}
     * → {@code SELECT 'x'::text AS text}, then stable), which read as a change on every plan.
     */
    private static void reprintSqlStandardBodies(Connection c, List<String> namespaces) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SqlResources.load(Canonicalizer.class, "sql-standard-routines"))) {
            ps.setArray(1, c.createArrayOf("text", namespaces.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    definitions.add(rs.getString(1));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.setEscapeProcessing(false);
            for (String definition : definitions) {
                if (DriverStatements.count(definition) == 1) { // PostgreSQL's text: one statement, sent as one
                    s.execute(definition);
                }
            }
        }
    }

    /** What {@code scratch} holds of {@code schema}'s namespaces, checked against what was built there. */
    static Canonical readBack(ScratchDatabase scratch, Schema schema, List<SqlDeclaration> declarations, List<TypedView> typedViews) {
        Inspection inspection = MaterializedViewData.asDeclared(Inspector.inspect(scratch.connection(), schema.namespaces()),
                declarations, schema.namespaces());
        checkSameShape(schema, inspection.schema());
        List<Problem> views = TypedViews.check(typedViews, inspection.schema());
        if (!views.isEmpty()) {
            throw new SchemaValidationException(SchemaValidationException.JAVA_SCHEMA, views);
        }
        return new Canonical(inspection, scratch.missingExtensions());
    }

    static DibsException scratchFailed(PostgresServer server, SQLException e) {
        return new DibsException("cannot use the scratch database on " + server.description() + ": " + Printable.message(e), e);
    }

    private static void failIfAny(List<Problem> inFiles) {
        if (!inFiles.isEmpty()) {
            throw new SchemaValidationException("The SQL files under dibs/", inFiles);
        }
    }

    /** A drop that fails after the schema was refused must not replace the refusal. */
    private static void closeQuietlyAfterFailure(ScratchDatabase scratch, RuntimeException failure) {
        try {
            scratch.close();
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /**
     * Virtual generated columns and NOT VALID foreign keys of partitioned tables on a server older
     * than 18, and NULLS NOT DISTINCT on one older than 15: said per column or constraint, with the
     * way out, rather than as PostgreSQL's syntax error.
     */
    static void refuseWhatTheVersionLacks(Schema schema, Origins origins, PostgresServer server) {
        int major = server.majorVersion();
        List<Problem> problems = new ArrayList<>(before15(schema, origins, server));
        problems.addAll(notValidKeysOfPartitionedTables(schema, origins, server));
        if (new PgVersion(major).hasVirtualColumns()) {
            if (!problems.isEmpty()) {
                throw new SchemaValidationException(problems);
            }
            return;
        }
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                if (!c.virtual()) {
                    continue;
                }
                var origin = origins.column(t.name(), c.name());
                if (origin.isPresent()) {
                    problems.add(new Problem(origin.get().javaName(), "@GeneratedAs(virtual = true) needs PostgreSQL "
                            + PgVersion.V18 + " or later, and the schema is checked on " + server.description()
                            + " (PostgreSQL " + major + ").", "drop virtual = true to store the column, or use PostgreSQL "
                            + PgVersion.V18 + " (a database on it, or embeddedVersion=" + PgVersion.V18 + " for the embedded ones)."));
                } else { // a schema read from a database, re-printed for another version
                    problems.add(new Problem("column " + t.name() + "." + c.name(), "a virtual generated column, which PostgreSQL "
                            + major + " (" + server.description() + ") cannot have: it needs " + PgVersion.V18 + " or later.", ""));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SchemaValidationException(problems);
        }
    }

    /** Before 18, PostgreSQL refuses a partitioned table's foreign key {@code NOT VALID} ("not yet supported"). */
    private static List<Problem> notValidKeysOfPartitionedTables(Schema schema, Origins origins, PostgresServer server) {
        int major = server.majorVersion();
        List<Problem> problems = new ArrayList<>();
        if (new PgVersion(major).hasNotValidForeignKeysOnPartitionedTables()) {
            return problems;
        }
        for (Table t : schema.tables()) {
            if (t.options().partitionBy() == null) {
                continue;
            }
            for (var fk : t.foreignKeys()) {
                if (fk.validated() || !fk.enforced()) {
                    continue;
                }
                var origin = origins.table(t.name());
                problems.add(new Problem(origin.isPresent() ? origin.get().javaName() : "foreign key " + t.name() + "." + fk.name(),
                        "the foreign key " + fk.name() + " of the partitioned table " + t.name() + " is NOT VALID (validate = false),"
                                + " which needs PostgreSQL " + PgVersion.V18 + " or later on a partitioned table, and the schema is"
                                + " checked on " + server.description() + " (PostgreSQL " + major + ").",
                        origin.isPresent() ? "drop validate = false (the key is then validated as it is added), or use PostgreSQL "
                                + PgVersion.V18 + " (a database on it, or embeddedVersion=" + PgVersion.V18 + " for the embedded ones)." : ""));
            }
        }
        return problems;
    }

    /**
     * What a server older than 15 has no words for: unique constraints {@code NULLS NOT DISTINCT},
     * foreign keys whose {@code ON DELETE SET NULL} or {@code SET DEFAULT} sets some of their columns.
     */
    private static List<Problem> before15(Schema schema, Origins origins, PostgresServer server) {
        int major = server.majorVersion();
        List<Problem> problems = new ArrayList<>();
        if (new PgVersion(major).hasNullsNotDistinct()) {
            return problems;
        }
        for (Table t : schema.tables()) {
            for (var u : t.uniques()) {
                if (!u.nullsNotDistinct()) {
                    continue;
                }
                var origin = origins.table(t.name());
                if (origin.isPresent()) {
                    problems.add(new Problem(origin.get().javaName(), "the unique constraint " + u.name()
                            + " has nullsNotDistinct = true, which needs PostgreSQL 15 or later, and the schema is checked on "
                            + server.description() + " (PostgreSQL " + major + ").", "drop nullsNotDistinct = true, or use"
                            + " PostgreSQL 15 or later (a database on it, or embeddedVersion for the embedded ones)."));
                } else {
                    problems.add(new Problem("unique " + t.name() + "." + u.name(), "NULLS NOT DISTINCT, which PostgreSQL "
                            + major + " (" + server.description() + ") cannot have: it needs 15 or later.", ""));
                }
            }
            for (var fk : t.foreignKeys()) {
                if (fk.onDeleteSet().isEmpty()) {
                    continue;
                }
                var origin = origins.table(t.name());
                problems.add(new Problem(origin.isPresent() ? origin.get().javaName() : "foreign key " + t.name() + "." + fk.name(),
                        "the foreign key " + fk.name() + " sets only " + String.join(", ", fk.onDeleteSet()) + " on delete (onDeleteSet),"
                                + " which needs PostgreSQL 15 or later, and the schema is checked on " + server.description()
                                + " (PostgreSQL " + major + ").", origin.isPresent() ? "leave onDeleteSet out (all the key's"
                                + " columns are set), or use PostgreSQL 15 or later." : ""));
            }
        }
        return problems;
    }

    /** The fast path: the whole script in one round trip, in one transaction. */
    private static boolean runAtOnce(Connection c, List<ScriptStatement> script) throws SQLException {
        if (script.isEmpty()) {
            return true;
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String batch : ScriptStatement.batches(script)) {
                s.execute(batch);
            }
            c.commit();
            return true;
        } catch (SQLException e) {
            c.rollback();
            return false;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The slow path, only after a failure: statement by statement, to name every one that fails. */
    private static List<Problem> findFailures(Connection c, List<ScriptStatement> script, int major) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (ScriptStatement statement : script) {
                Savepoint savepoint = c.setSavepoint();
                try {
                    s.execute(statement.sql());
                    c.releaseSavepoint(savepoint);
                } catch (SQLException e) {
                    c.rollback(savepoint);
                    problems.add(new Problem(statement.origin(), "PostgreSQL " + major + " rejects it: " + ScratchDatabase.describe(e)
                            + " (while running: " + statement.sql().replaceAll("\\s+", " ") + ")", fix(statement.origin())));
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
        if (problems.isEmpty()) {
            problems.add(new Problem("the Java schema", "PostgreSQL rejected the schema as a whole, yet accepted every statement "
                    + "on its own.", "report this to the dibs developers with the schema."));
        }
        return problems;
    }

    /**
     * Where to correct a rejected statement: an annotation's SQL text ({@code @Default("…")}); a
     * foreign key, whose two sides' types PostgreSQL compares; or what the object is declared in
     * (a SQL file under {@code dibs/}, a JPA mapping, the reference database).
     */
    private static String fix(String origin) {
        if (origin.contains(" foreign key ")) {
            return "give the referencing and referenced columns types PostgreSQL can compare (the same type, or a domain"
                    + " over the referenced column's type), then build again.";
        }
        if (origin.contains(" @")) {
            return "correct the SQL in the annotation.";
        }
        return "correct its definition where it is declared, then build again.";
    }

    /** Postgres must not have renamed or dropped anything: a difference here is a dibs bug, not a user mistake. */
    private static void checkSameShape(Schema intended, Schema canonical) {
        List<String> want = intended.tables().stream().map(CanonicalShape::of).toList();
        List<String> got = canonical.tables().stream().map(CanonicalShape::of).toList();
        if (!want.equals(got)) {
            throw new IllegalStateException("dibs bug: the scratch database does not hold the Java schema's objects.\nexpected "
                    + want + "\nfound " + got);
        }
    }

    private static final class CanonicalShape {
        static String of(Table t) {
            return t.name().toString() + t.columns().stream().map(c -> c.name()).toList() + (t.primaryKey() == null ? "" : t.primaryKey().name())
                    + t.uniques().stream().map(u -> u.name()).toList() + t.checks().stream().map(k -> k.name()).toList()
                    + t.foreignKeys().stream().map(f -> f.name()).toList() + t.indexes().stream().map(i -> i.name()).toList()
                    + t.exclusions().stream().map(x -> x.name()).toList();
        }
    }
}
