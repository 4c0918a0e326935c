package dev.dibs.engine.plan;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.DomainCheck;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.RelationColumn;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.model.View;
import dev.dibs.engine.model.ViewColumn;
import dev.dibs.engine.model.ViewIndex;
import dev.dibs.engine.naming.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The objects a schema declares in SQL files, drawn for {@link RandomSchemas} from small pools so
 * that two schemas overlap: sequences with random options, domains with defaults, NOT NULL and
 * checks, functions (SQL and PL/pgSQL, of random volatility and strictness, some overloaded, some
 * with a {@code SET} option) and trigger functions, and triggers of every timing and level on the
 * tables; views over the tables and over those views (each in its table's schema), materialized views over the tables with
 * their indexes; policies on the tables. A domain check, a
 * trigger's condition and a policy may call {@code f0}, which the other schema may re-create.
 * {@code app} has an {@code f0(integer)}, a domain {@code d0} and a trigger function {@code tf0} of
 * its own, beside {@code public}'s of the same names, and each schema's objects may use the other's. Only the parts a definition is built from are filled in: the scratch database puts them
 * into PostgreSQL's words, as it does for SQL files.
 */
final class RandomObjects {

    private final Random random;

    RandomObjects(Random random) {
        this.random = random;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    List<Sequence> sequences() {
        List<Sequence> out = new ArrayList<>();
        // app.s0 beside public.s0: the same name in two schemas
        for (QualifiedName q : List.of(new QualifiedName("public", "s0"), new QualifiedName("public", "s1"),
                new QualifiedName("public", "s2"), new QualifiedName(RandomSchemas.OTHER_SCHEMA, "s0"))) {
            String name = q.name();
            if (chance(35)) {
                // one direction per name: turning a sequence round moves its range away from its current
                // value, which PostgreSQL refuses and dibs never resets (SequenceBlockers says so first)
                long increment = name.equals("s1") ? -1L : pick(List.of(1L, 1L, 5L));
                String type = pick(List.of("bigint", "integer", "smallint"));
                long limit = type.equals("smallint") ? 30_000 : 1_000_000;
                long max = increment > 0 ? limit : -1;
                long min = increment > 0 ? 1 : -limit;
                long start = increment > 0 ? min + random.nextInt(100) : max;
                out.add(new Sequence(q, type, increment, min, max, start,
                        pick(List.of(1L, 1L, 20L)), chance(20), null, chance(20) ? "sequence " + name : null));
            }
        }
        return out;
    }

    /**
     * Collations: {@code public.c0} (ICU) and {@code app.c0} (libc), each of one definition, which
     * columns may use; {@code public.c1}, which none uses, of a definition drawn each time (so it is
     * dropped and created again). A redefinition under a column is refused by design
     * ({@code SqlFilesCollationsTest}), so no used one changes.
     */
    List<dev.dibs.engine.model.Collation> collations() {
        List<dev.dibs.engine.model.Collation> out = new ArrayList<>();
        if (chance(30)) {
            out.add(new dev.dibs.engine.model.Collation(new QualifiedName("public", "c0"), "icu", "en-u-kn-true", null, null, true,
                    null, chance(30) ? "collation c0" : null));
        }
        if (chance(25)) {
            out.add(new dev.dibs.engine.model.Collation(new QualifiedName(RandomSchemas.OTHER_SCHEMA, "c0"), "libc", null, "C", "C",
                    true, null, null));
        }
        if (chance(25)) {
            out.add(new dev.dibs.engine.model.Collation(new QualifiedName("public", "c1"), "icu", pick(List.of("de-DE", "sv-SE")),
                    null, null, chance(50), null, chance(30) ? "collation c1" : null));
        }
        return out;
    }

    /** @param f0 the schemas whose {@code f0(integer)} is drawn: d0's check may call one */
    List<Domain> domains(List<String> f0) {
        List<Domain> out = new ArrayList<>();
        if (chance(35)) {
            List<DomainCheck> checks = new ArrayList<>();
            if (chance(60)) {
                checks.add(new DomainCheck("d0_positive", "CHECK (VALUE > 0)", true));
            }
            if (!f0.isEmpty() && chance(40)) { // goes around f0 when the other schema re-creates it
                checks.add(new DomainCheck("d0_f0", "CHECK (" + pick(f0) + ".f0(VALUE) > 0)", true));
            }
            // one base type per name: PostgreSQL cannot change it in place while a column uses the
            // domain, and dibs refuses that plan by design (DomainDifferTest, DomainComparisonTest)
            out.add(new Domain(new QualifiedName("public", "d0"), "integer", null,
                    chance(40) ? "1" : null, chance(30), checks, chance(20) ? "domain d0" : null));
        }
        if (chance(35)) {
            List<DomainCheck> checks = new ArrayList<>();
            if (chance(60)) {
                checks.add(new DomainCheck("d1_not_blank", "CHECK (VALUE <> '')", true));
            }
            if (chance(30)) {
                checks.add(new DomainCheck("d1_short", "CHECK (length(VALUE) < " + pick(List.of(50, 80)) + ")", true));
            }
            out.add(new Domain(new QualifiedName("public", "d1"), "text", null, chance(30) ? "'x'" : null, false, checks, null));
        }
        if (chance(30)) { // app.d0 beside public.d0: the same name in two schemas, of another base type
            List<DomainCheck> checks = new ArrayList<>();
            if (chance(50)) {
                checks.add(new DomainCheck("d0_small", "CHECK (VALUE < " + pick(List.of(1000, 5000)) + ")", true));
            }
            if (!f0.isEmpty() && chance(40)) {
                checks.add(new DomainCheck("d0_f0", "CHECK (" + pick(f0) + ".f0(VALUE::integer) > 0)", true));
            }
            out.add(new Domain(new QualifiedName(RandomSchemas.OTHER_SCHEMA, "d0"), "bigint", null, chance(30) ? "7" : null, false, checks,
                    chance(20) ? "domain app.d0" : null));
        }
        return out;
    }

    /** Plain functions; {@code f0(integer)} is IMMUTABLE when present, so indexes and checks may use it. */
    List<Routine> functions() {
        List<Routine> out = new ArrayList<>();
        if (chance(40)) { // its argument's name varies: the same overload, re-created with what calls it
            String argument = pick(List.of("a", "x"));
            out.add(function("public", "f0", argument + " integer", "integer", "sql", "IMMUTABLE", "SELECT " + argument + " + " + random.nextInt(3),
                    chance(30), null));
        }
        if (chance(30)) { // app.f0(integer) beside public.f0(integer): one signature in two schemas
            String argument = pick(List.of("a", "y"));
            out.add(addingFunction(RandomSchemas.OTHER_SCHEMA, "f0", argument, pick(List.of("sql", "plpgsql")), chance(30),
                    chance(30) ? "search_path = pg_catalog" : null));
        }
        if (chance(30)) {
            String volatility = pick(List.of("STABLE", "VOLATILE", "IMMUTABLE"));
            boolean counts = chance(50);
            out.add(function("public", "f1", "a text", counts ? "integer" : "text", "sql", volatility,
                    counts ? "SELECT length(a)" : "SELECT upper(a)", false, null));
        }
        if (chance(30)) { // an overload of f1 by its argument types
            out.add(function("public", "f1", "a integer, b integer DEFAULT 0", "integer", "plpgsql", "VOLATILE",
                    "BEGIN RETURN a + b; END", chance(50), chance(40) ? "search_path = pg_catalog" : null));
        }
        if (chance(25)) {
            String argument = pick(List.of("n integer", "n bigint", "m integer"));
            out.add(procedure("p0", argument, "plpgsql", "BEGIN PERFORM " + argument.substring(0, 1) + "; END"));
        }
        return out;
    }

    /** A trigger function for each of the given tables' triggers to call. */
    List<Routine> triggerFunctions() {
        List<Routine> out = new ArrayList<>();
        for (QualifiedName name : List.of(new QualifiedName("public", "tf0"), new QualifiedName("public", "tf1"),
                new QualifiedName(RandomSchemas.OTHER_SCHEMA, "tf0"))) {
            if (chance(name.schema().equals("public") ? 50 : 35)) {
                String body = chance(50) ? "BEGIN RETURN NEW; END" : "BEGIN IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END";
                out.add(function(name.schema(), name.name(), "", "trigger", "plpgsql", "VOLATILE", body, false, null));
            }
        }
        return out;
    }

    /** @param f0 the schemas whose {@code f0(integer)} is drawn: a row trigger's condition may call one */
    List<Trigger> triggers(List<Table> tables, List<Routine> triggerFunctions, List<String> f0) {
        List<Trigger> out = new ArrayList<>();
        if (triggerFunctions.isEmpty()) {
            return out;
        }
        for (Table t : tables) {
            if (!chance(40)) {
                continue;
            }
            Routine f = pick(triggerFunctions);
            boolean row = chance(70);
            String timing = pick(List.of("BEFORE", "AFTER"));
            String events = pick(List.of("INSERT", "INSERT OR UPDATE", "UPDATE", "DELETE", "INSERT OR UPDATE OR DELETE"));
            // a BEFORE trigger's WHEN may not read a generated column of NEW, nor the whole row of a table having one
            boolean generated = timing.equals("BEFORE") && t.columns().stream().anyMatch(Column::isGenerated);
            String when = row && events.equals("UPDATE") && !generated && chance(40) ? " WHEN (OLD.* IS DISTINCT FROM NEW.*)" : "";
            List<Column> integers = t.columns().stream().filter(c -> c.type().sql().equals("integer") && !c.isGenerated()).toList();
            if (when.isEmpty() && !f0.isEmpty() && row && !events.contains("DELETE") && !integers.isEmpty() && chance(40)) {
                when = " WHEN (" + pick(f0) + ".f0(NEW." + Identifiers.quote(pick(integers).name()) + ") > 0)";
            }
            String name = t.name().name() + "_" + pick(List.of("audit", "touch"));
            String definition = "CREATE TRIGGER " + name + " " + timing + " " + events + " ON " + t.name()
                    + " FOR EACH " + (row ? "ROW" : "STATEMENT") + when + " EXECUTE FUNCTION " + f.name() + "()";
            out.add(new Trigger(t.name(), name, definition, f.signature(), chance(15) ? "D" : "O",
                    chance(20) ? "trigger " + name : null));
        }
        return out;
    }

    /**
     * Views over the tables: a few of their columns, sometimes filtered or computed, sometimes with an
     * option; and now and then a view over such a view. When the other schema drops or retypes a
     * column one reads, the plan must take the view out first and put it back after.
     */
    List<View> views(List<Table> tables) {
        List<View> out = new ArrayList<>();
        for (Table t : tables) {
            if (t.columns().isEmpty() || !chance(30)) {
                continue;
            }
            Query q = query(t);
            List<Column> read = q.read();
            QualifiedName name = new QualifiedName(t.name().schema(), "v_" + t.name().name());
            List<RelationColumn> uses = read.stream().map(c -> new RelationColumn(t.name(), c.name())).toList();
            View view = new View(name, q.sql(),
                    read.stream().map(c -> new ViewColumn(c.name(), c.type().sql())).toList(),
                    chance(20) ? List.of("security_barrier=true") : List.of(), List.of(t.name()), uses,
                    chance(20) ? "view " + name.name() : null);
            out.add(view);
            if (chance(30)) { // a view over the view
                ViewColumn first = view.columns().get(0);
                QualifiedName top = new QualifiedName(t.name().schema(), "w_" + t.name().name());
                out.add(new View(top, "SELECT " + Identifiers.quote(first.name()) + " FROM " + name,
                        List.of(first), List.of(), List.of(name), List.of(new RelationColumn(name, first.name())), null));
            }
        }
        return out;
    }

    /** A view's query over a table: some of its columns, sometimes filtered. */
    private record Query(List<Column> read, String sql) {
    }

    private Query query(Table t) {
        List<Column> columns = new ArrayList<>(t.columns());
        java.util.Collections.shuffle(columns, random);
        List<Column> read = columns.subList(0, 1 + random.nextInt(Math.min(3, columns.size())));
        List<String> names = read.stream().map(c -> Identifiers.quote(c.name())).toList();
        String where = chance(30) ? " WHERE " + names.get(0) + " IS NOT NULL" : "";
        return new Query(read, "SELECT " + String.join(", ", names) + " FROM " + t.name() + where);
    }

    /**
     * Materialized views over the tables: a few of their columns, sometimes filtered, {@code WITH DATA}
     * or not, sometimes with an index on one of their columns. When the other schema drops or retypes a
     * column one reads, the plan must take it out first and build it again after, with its indexes.
     */
    List<MaterializedView> materializedViews(List<Table> tables) {
        List<MaterializedView> out = new ArrayList<>();
        for (Table t : tables) {
            if (!chance(20)) {
                continue;
            }
            Query q = query(t);
            List<Column> read = q.read();
            QualifiedName name = new QualifiedName(t.name().schema(), "mv_" + t.name().name());
            List<ViewIndex> indexes = new ArrayList<>();
            List<Column> indexable = read.stream().filter(c -> !c.type().array() && !c.type().sql().equals("jsonb")).toList();
            if (!indexable.isEmpty() && chance(40)) {
                String column = Identifiers.quote(indexable.get(0).name());
                String index = name.name() + "_" + indexable.get(0).name() + "_idx";
                indexes.add(new ViewIndex(index, "CREATE INDEX " + index + " ON " + name + " USING btree (" + column + ")"));
            }
            out.add(new MaterializedView(name, q.sql(),
                    read.stream().map(c -> new ViewColumn(c.name(), c.type().sql())).toList(), chance(70), indexes, List.of(),
                    List.of(t.name()), read.stream().map(c -> new RelationColumn(t.name(), c.name())).toList(),
                    chance(20) ? "materialized view " + name.name() : null));
        }
        return out;
    }

    /**
     * Row-level-security policies on the tables: of every command and both kinds, reading one of the
     * table's columns, for PUBLIC; when the other schema drops or retypes that column, the plan must
     * take the policy out first and put it back after.
     */
    /** @param f0 the schemas whose {@code f0(integer)} is drawn: a policy on an integer column may call one */
    List<Policy> policies(List<Table> tables, List<String> f0) {
        List<Policy> out = new ArrayList<>();
        for (Table t : tables) {
            if (t.columns().isEmpty() || !chance(30)) {
                continue;
            }
            Column c = pick(t.columns());
            String command = pick(List.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE"));
            String test = !f0.isEmpty() && c.type().sql().equals("integer") && chance(40) ? pick(f0) + ".f0(" + Identifiers.quote(c.name()) + ") > 0"
                    : Identifiers.quote(c.name()) + " IS NOT NULL";
            // USING for what reads rows, WITH CHECK for what writes them (PostgreSQL refuses the others)
            String using = command.equals("INSERT") ? null : test;
            String check = command.equals("ALL") || command.equals("INSERT") || command.equals("UPDATE") && chance(50) ? test : null;
            out.add(new Policy(t.name(), "p_" + t.name().name(), chance(80), command, List.of("public"), using, check,
                    chance(20) ? "policy on " + t.name().name() : null, List.of(c.name())));
        }
        return out;
    }

    private Routine function(String schema, String name, String arguments, String result, String language, String volatility, String body,
                             boolean strict, String set) {
        QualifiedName q = new QualifiedName(schema, name);
        String definition = "CREATE OR REPLACE FUNCTION " + q + "(" + arguments + ") RETURNS " + result + " LANGUAGE " + language
                + " " + volatility + (strict ? " STRICT" : "") + (set == null ? "" : " SET " + set) + " AS $body$" + body + "$body$";
        return new Routine(q, identity(arguments), types(arguments), false, arguments, result, language, body, volatility, strict, false, false,
                "UNSAFE", 100, 0, set == null ? List.of() : List.of(set.replace(" = ", "=")), definition, chance(15) ? "function " + name : null);
    }

    /** An {@code f0(integer)} whose body adds a drawn number to its argument {@code argument}, in SQL or PL/pgSQL. */
    private Routine addingFunction(String schema, String name, String argument, String language, boolean strict, String set) {
        String sum = argument + " + " + random.nextInt(3);
        return function(schema, name, argument + " integer", "integer", language, "IMMUTABLE", language.equals("sql") ? "SELECT " + sum
                : "BEGIN RETURN " + sum + "; END", strict, set);
    }

    private Routine procedure(String name, String arguments, String language, String body) {
        QualifiedName q = new QualifiedName("public", name);
        String definition = "CREATE OR REPLACE PROCEDURE " + q + "(" + arguments + ") LANGUAGE " + language + " AS $body$" + body + "$body$";
        return new Routine(q, identity(arguments), types(arguments), true, arguments, null, language, body, "VOLATILE", false, false, false,
                "UNSAFE", 100, 0, List.of(), definition, null);
    }

    /** {@code a integer, b integer DEFAULT 0} → {@code a integer, b integer}: what tells overloads apart. */
    private static String identity(String arguments) {
        return arguments.replaceAll(" DEFAULT [^,]+", "");
    }

    /** {@code a integer, b integer DEFAULT 0} → {@code integer, integer}: what PostgreSQL keeps unique per name. */
    private static String types(String arguments) {
        return identity(arguments).replaceAll("(^|, )[a-z]+ ", "$1");
    }
}
