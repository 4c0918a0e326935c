package dev.dibs.engine.canonical;

import dev.dibs.engine.canonical.Canonicalizer.Canonical;
import dev.dibs.engine.inspect.Extension;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.render.Sql;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java schema of each tenant schema of a fleet, built once. Tenants differ by their schema's
 * name alone, and a scratch build costs about 0.3 s (a database, its first connection, the
 * statements, reading it back), so the first tenant's schema is built and kept, and each next
 * tenant's is that schema renamed ({@code ALTER SCHEMA … RENAME TO}) and read back: PostgreSQL
 * keeps expressions, views, defaults and SQL-standard bodies by the objects' ids, so it prints
 * them under the new name exactly as a build in that schema would.
 *
 * <p>What PostgreSQL keeps as text does not follow a rename (a function's {@code SET search_path
 * FROM CURRENT}, a body naming the schema), so a rename is taken only when both hold: the tenant's
 * Java schema and SQL files are the first tenant's, word for word, with the schema's name replaced
 * (no other text names it); and what is read back names the first tenant nowhere. Otherwise — and
 * for a schema name PostgreSQL would print quoted or fold (a capital, a quote, a keyword) — the
 * tenant is built on its own, as every tenant was before; once a rename read back the first
 * tenant's name, so is every later one. What is made is kept in the machine's
 * {@link CanonicalCache} under the tenant's own inputs, as its own build would be.
 */
public final class TenantBuilds implements AutoCloseable {

    private static final String IDENTIFIER_CHAR = "[A-Za-z0-9_$\\u0080-\\uFFFF]";

    private final PostgresServer server;
    private final List<Extension> extensions;
    /** The first tenant's build, its schema renamed to {@link #holds}; null until built, or once given up. */
    private ScratchDatabase scratch;
    private String firstTenant;
    private String firstInputs;
    private String holds;
    private boolean givenUp;
    private int renames;

    /**
     * @param server     the scratch server (the targets' major version)
     * @param extensions the target database's extensions (those outside the managed schemas are created first)
     */
    public TenantBuilds(PostgresServer server, List<Extension> extensions) {
        this.server = server;
        this.extensions = List.copyOf(extensions);
    }

    /** The Java schema of {@code tenant} ({@code intent}, loaded for it) in PostgreSQL's words. */
    public Canonical canonical(LoadedSchema intent, String tenant) {
        CanonicalCache cache = Canonicalizer.cache();
        List<Extension> unmanaged = Canonicalizer.unmanaged(intent, extensions);
        // what was kept is taken without waiting for another tenant's build or rename
        Optional<String> key = Canonicalizer.key(intent, server.identity(), unmanaged, cache);
        Optional<Canonical> kept = key.flatMap(cache::find);
        if (kept.isPresent()) {
            return kept.get();
        }
        Canonical made;
        synchronized (this) {
            made = givenUp || !plain(tenant) ? null
                    : scratch == null ? first(intent, tenant, unmanaged) : renamed(intent, tenant, unmanaged);
        }
        if (made == null) {
            return Canonicalizer.canonicalize(intent, server, extensions, cache);
        }
        key.ifPresent(k -> cache.store(k, made));
        return made;
    }

    /**
     * Whether PostgreSQL prints {@code name} as these very characters wherever it prints it, and
     * keeps it so when it is written unquoted: lower case, no keyword, within 63 bytes. Any other
     * (a capital, a quote) could hide from the search for the first tenant's name in what is read back.
     */
    static boolean plain(String name) {
        return Sql.name(name).equals(name) && name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 63;
    }

    /** How many tenants were read by renaming the first one's build (for tests). */
    synchronized int renames() {
        return renames;
    }

    private Canonical first(LoadedSchema intent, String tenant, List<Extension> unmanaged) {
        Canonicalizer.refuseWhatTheVersionLacks(intent.schema(), intent.origins(), server);
        ScratchDatabase made = ScratchDatabase.create(server, unmanaged);
        try {
            Canonical built = Canonicalizer.buildIn(made, intent.schema(), intent.origins(), server, intent.declarations(),
                    intent.typedViews(), intent.schemas());
            scratch = made;
            firstTenant = tenant;
            holds = tenant;
            firstInputs = Canonicalizer.inputs(intent, unmanaged);
            return built;
        } catch (RuntimeException e) {
            try {
                made.close();
            } catch (RuntimeException dropFailure) {
                e.addSuppressed(dropFailure);
            }
            throw e; // refused as its own build is: the next tenant tries again
        }
    }

    /** The kept build renamed to {@code tenant} and read back; null when that would not be the tenant's own build. */
    private Canonical renamed(LoadedSchema intent, String tenant, List<Extension> unmanaged) {
        if (!Canonicalizer.inputs(intent, unmanaged).equals(replaced(firstInputs, firstTenant, tenant))) {
            return null; // more differs than the schema's name: this tenant is built on its own
        }
        if (!holds.equals(tenant)) { // the same tenant name again (in another database of the fleet): nothing to rename
            try (Statement s = scratch.connection().createStatement()) {
                s.execute(Sql.renameSchema(holds, tenant));
                holds = tenant;
            } catch (SQLException e) {
                return giveUp();
            }
        }
        Canonical read;
        try {
            read = Canonicalizer.readBack(scratch, intent.schema(), intent.declarations(), intent.typedViews());
        } catch (RuntimeException e) {
            return giveUp(); // its own build says what is wrong, if anything is
        }
        if (!tenant.equals(firstTenant) && word(firstTenant).matcher(read.inspection().toString()).find()) {
            return giveUp(); // text PostgreSQL keeps names the first tenant: builds of their own from here
        }
        renames++;
        return read;
    }

    private Canonical giveUp() {
        givenUp = true;
        closeScratch();
        return null;
    }

    static String replaced(String text, String from, String to) {
        return word(from).matcher(text).replaceAll(Matcher.quoteReplacement(to));
    }

    private static Pattern word(String name) {
        return Pattern.compile("(?<!" + IDENTIFIER_CHAR + ")" + Pattern.quote(name) + "(?!" + IDENTIFIER_CHAR + ")");
    }

    private void closeScratch() {
        if (scratch != null) {
            ScratchDatabase open = scratch;
            scratch = null;
            open.close();
        }
    }

    /** Drops the kept build's scratch database. */
    @Override
    public synchronized void close() {
        closeScratch();
    }
}
