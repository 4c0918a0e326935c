package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.ScratchSchemas;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Function bodies kept as strings that name what the plan drops or renames are said before anything
 * runs (PostgreSQL records no dependency on them and drops the object without a word); each warning
 * is proven right by applying the plan and calling the function, and what does not name such an
 * object (an alias, another table's column of the same name, a name a table keeps) gives none.
 */
@WithPostgres
class StringBodiesTest {

    /** As dibs builds the SQL files: a body may name what does not exist (yet). */
    private static final String UNCHECKED = "SET check_function_bodies = off;";

    private static final String KEPT = """
            CREATE TABLE notes (id int PRIMARY KEY, updated_at timestamptz);
            CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
            CREATE TRIGGER notes_stamp BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION stamp();
            CREATE FUNCTION first_note() RETURNS int LANGUAGE sql STABLE AS $$ SELECT min(n.id) FROM notes n $$;
            """;

    /** Functions reading orders and legacy through record variables and EXECUTE of a constant string, in both states (after the tables). */
    private static final String RECORDS_AND_EXECUTE = """
                CREATE FUNCTION legacy_dynamic() RETURNS bigint LANGUAGE plpgsql AS $$
                    DECLARE n bigint; BEGIN EXECUTE 'SELECT count(*) FROM legacy' INTO n; RETURN n; END $$;
                CREATE FUNCTION totals_computed() RETURNS bigint LANGUAGE plpgsql AS $$
                    DECLARE s bigint := 0; r record; BEGIN FOR r IN SELECT id, id * 2 AS total FROM orders LOOP s := s + r.total; END LOOP; RETURN s; END $$;
                CREATE FUNCTION total_by_row(o int) RETURNS int LANGUAGE plpgsql AS $$
                    DECLARE r public.orders%ROWTYPE; BEGIN SELECT * INTO r FROM orders WHERE id = o; RETURN r.total; END $$;
                CREATE FUNCTION totals_looped() RETURNS bigint LANGUAGE plpgsql AS $$
                    DECLARE s bigint := 0; r record; BEGIN FOR r IN SELECT * FROM orders LOOP s := s + r.total; END LOOP; RETURN s; END $$;
                CREATE FUNCTION ids_looped() RETURNS bigint LANGUAGE plpgsql AS $$
                    DECLARE s bigint := 0; r record; BEGIN FOR r IN SELECT * FROM orders LOOP s := s + r.id; END LOOP; RETURN s; END $$;
                """;

    @Test
    void bodiesNamingADroppedTableColumnOrFunctionAreWarnedOf(TestDatabase target, PostgresServer server) throws Exception {
        target.execute(KEPT + """
                CREATE TABLE orders (id int PRIMARY KEY, total int, updated_at timestamptz, ref serial);
                INSERT INTO orders VALUES (1, 5, now());
                CREATE TRIGGER orders_stamp BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION stamp();
                CREATE TABLE legacy (id int);
                CREATE FUNCTION legacy_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM legacy $$;
                CREATE FUNCTION helper(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x $$;
                CREATE FUNCTION uses_helper() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN public.helper(1); END $$;
                CREATE FUNCTION total_of(o int) RETURNS int LANGUAGE plpgsql AS $$
                    DECLARE t orders.total%TYPE; BEGIN SELECT orders.total INTO t FROM orders WHERE id = o; RETURN t; END $$;
                CREATE FUNCTION add_legacy() RETURNS void LANGUAGE plpgsql AS $$ BEGIN INSERT INTO legacy(id) VALUES (1); END $$;
                CREATE FUNCTION legacy_row() RETURNS int LANGUAGE plpgsql AS $$ DECLARE r legacy%ROWTYPE; BEGIN RETURN 1; END $$;
                CREATE SEQUENCE legacy_ids;
                CREATE FUNCTION next_legacy() RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN nextval('legacy_ids'); END $$;
                CREATE FUNCTION legacy_size() RETURNS bigint LANGUAGE sql AS $$ SELECT pg_relation_size('public.legacy'::regclass) $$;
                CREATE FUNCTION sum_totals() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT sum(o.total) FROM public.orders AS o $$;
                CREATE FUNCTION old_stamps() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
                    DECLARE n bigint; BEGIN SELECT count(*) INTO n FROM notes x, orders y WHERE y.updated_at < x.updated_at; RETURN n; END $$;
                CREATE TABLE tickets (id serial PRIMARY KEY);
                CREATE FUNCTION years(legacy date) RETURNS int LANGUAGE sql AS $$
                    SELECT extract(year FROM legacy)::int + CASE WHEN legacy IS DISTINCT FROM now() THEN 0 ELSE 1 END $$;
                CREATE FUNCTION next_ref() RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN nextval('public.orders_ref_seq'); END $$;
                CREATE FUNCTION next_ticket() RETURNS bigint LANGUAGE sql AS $$ SELECT nextval('tickets_id_seq') $$;
                CREATE TABLE archive (id int);
                CREATE FUNCTION archived() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM archive $$;
                """ + RECORDS_AND_EXECUTE);
        String desired = KEPT + """
                CREATE TABLE orders (id int PRIMARY KEY);
                CREATE TRIGGER orders_stamp BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION stamp();
                CREATE FUNCTION legacy_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM legacy $$;
                CREATE FUNCTION uses_helper() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN public.helper(1); END $$;
                CREATE FUNCTION total_of(o int) RETURNS int LANGUAGE plpgsql AS $$
                    DECLARE t orders.total%TYPE; BEGIN SELECT orders.total INTO t FROM orders WHERE id = o; RETURN t; END $$;
                CREATE FUNCTION add_legacy() RETURNS void LANGUAGE plpgsql AS $$ BEGIN INSERT INTO legacy(id) VALUES (1); END $$;
                CREATE FUNCTION legacy_row() RETURNS int LANGUAGE plpgsql AS $$ DECLARE r legacy%ROWTYPE; BEGIN RETURN 1; END $$;
                CREATE FUNCTION next_legacy() RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN nextval('legacy_ids'); END $$;
                CREATE FUNCTION legacy_size() RETURNS bigint LANGUAGE sql AS $$ SELECT pg_relation_size('public.legacy'::regclass) $$;
                CREATE FUNCTION sum_totals() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT sum(o.total) FROM public.orders AS o $$;
                CREATE FUNCTION old_stamps() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
                    DECLARE n bigint; BEGIN SELECT count(*) INTO n FROM notes x, orders y WHERE y.updated_at < x.updated_at; RETURN n; END $$;
                CREATE FUNCTION next_ref() RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN nextval('public.orders_ref_seq'); END $$;
                CREATE FUNCTION next_ticket() RETURNS bigint LANGUAGE sql AS $$ SELECT nextval('tickets_id_seq') $$;
                CREATE FUNCTION years(legacy date) RETURNS int LANGUAGE sql AS $$
                    SELECT extract(year FROM legacy)::int + CASE WHEN legacy IS DISTINCT FROM now() THEN 0 ELSE 1 END $$;
                CREATE VIEW archive AS SELECT id FROM notes; -- the table makes way for a view of its name: bodies still find it
                CREATE FUNCTION archived() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM archive $$;
                """ + RECORDS_AND_EXECUTE;
        Plan plan = plan(target, server, desired, RenameHints.none());

        List<String> warnings = found(target, server, plan, desired).doubts();

        assertThat(warnings).containsExactly(
                "The body of function public.add_legacy() names table public.legacy, which the plan drops. PostgreSQL records no"
                        + " dependency on a body kept as a string (plpgsql): the plan goes ahead, and the function fails when it reaches"
                        + " that name. Change it in the SQL files, or keep what it names.",
                "The body of function public.legacy_count() names table public.legacy, which the plan drops. PostgreSQL records no"
                        + " dependency on a body kept as a string (sql): the plan goes ahead, and the function fails when it reaches"
                        + " that name. Change it in the SQL files, or keep what it names.",
                "The body of function public.legacy_dynamic() names table public.legacy, which the plan drops. PostgreSQL records"
                        + " no dependency on a body kept as a string (plpgsql): the plan goes ahead, and the function fails when it"
                        + " reaches that name. Change it in the SQL files, or keep what it names.",
                "The body of function public.legacy_row() names table public.legacy, which the plan drops. PostgreSQL records no"
                        + " dependency on a body kept as a string (plpgsql): the plan goes ahead, and the function fails when it reaches"
                        + " that name. Change it in the SQL files, or keep what it names.",
                "The body of function public.legacy_size() names table public.legacy, which the plan drops. PostgreSQL records no"
                        + " dependency on a body kept as a string (sql): the plan goes ahead, and the function fails when it reaches"
                        + " that name. Change it in the SQL files, or keep what it names.",
                "The body of function public.next_legacy() names sequence public.legacy_ids, which the plan drops. PostgreSQL records"
                        + " no dependency on a body kept as a string (plpgsql): the plan goes ahead, and the function fails when it"
                        + " reaches that name. Change it in the SQL files, or keep what it names.",
                "The body of function public.next_ref() names sequence public.orders_ref_seq, which the plan drops with column"
                        + " public.orders.ref. PostgreSQL records no dependency on a body kept as a string (plpgsql): the plan goes"
                        + " ahead, and the function fails when it reaches that name. Change it in the SQL files, or keep what it names.",
                "The body of function public.next_ticket() names sequence public.tickets_id_seq, which the plan drops with table"
                        + " public.tickets. PostgreSQL records no dependency on a body kept as a string (sql): the plan goes ahead,"
                        + " and the function fails when it reaches that name. Change it in the SQL files, or keep what it names.",
                "The body of function public.old_stamps() names column public.orders.updated_at, which the plan drops. PostgreSQL"
                        + " records no dependency on a body kept as a string (plpgsql): the plan goes ahead, and the function fails"
                        + " when it reaches that name. Change it in the SQL files, or keep what it names.",
                "The body of function public.stamp() reads NEW.updated_at for each row trigger orders_stamp fires for on public.orders,"
                        + " whose column updated_at the plan drops. PostgreSQL records no dependency on a body kept as a string (plpgsql):"
                        + " the plan goes ahead, and the function fails when it reaches that name. Change it in the SQL files, or keep what it names.",
                "The body of function public.sum_totals() names column public.orders.total, which the plan drops. PostgreSQL"
                        + " records no dependency on a body kept as a string (sql): the plan goes ahead, and the function fails"
                        + " when it reaches that name. Change it in the SQL files, or keep what it names.",
                "The body of function public.total_by_row(o integer) names column public.orders.total, which the plan drops."
                        + " PostgreSQL records no dependency on a body kept as a string (plpgsql): the plan goes ahead, and the function"
                        + " fails when it reaches that name. Change it in the SQL files, or keep what it names.",
                "The body of function public.total_of(o integer) names column public.orders.total, which the plan drops. PostgreSQL"
                        + " records no dependency on a body kept as a string (plpgsql): the plan goes ahead, and the function fails"
                        + " when it reaches that name. Change it in the SQL files, or keep what it names.",
                "The body of function public.totals_looped() names column public.orders.total, which the plan drops. PostgreSQL"
                        + " records no dependency on a body kept as a string (plpgsql): the plan goes ahead, and the function fails"
                        + " when it reaches that name. Change it in the SQL files, or keep what it names.",
                "The body of function public.uses_helper() calls function public.helper, which the plan drops. PostgreSQL records no"
                        + " dependency on a body kept as a string (plpgsql): the plan goes ahead, and the function fails when it reaches"
                        + " that name. Change it in the SQL files, or keep what it names.");
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, plan, null, PlanListener.NONE);
        }
        assertThatThrownBy(() -> target.execute("UPDATE orders SET id = 2")).hasMessageContaining("has no field \"updated_at\"");
        assertThatThrownBy(() -> target.execute("SELECT legacy_count()")).hasMessageContaining("relation \"legacy\" does not exist");
        assertThatThrownBy(() -> target.execute("SELECT uses_helper()")).hasMessageContaining("function public.helper(integer) does not exist");
        assertThatThrownBy(() -> target.execute("SELECT total_of(1)")).hasMessageContaining("total");
        assertThatThrownBy(() -> target.execute("SELECT total_by_row(1)")).hasMessageContaining("record \"r\" has no field \"total\"");
        assertThatThrownBy(() -> target.execute("SELECT totals_looped()")).hasMessageContaining("record \"r\" has no field \"total\"");
        assertThat(target.queryStrings("SELECT ids_looped()::text")).containsExactly("1"); // its field is a column the table keeps
        assertThat(target.queryStrings("SELECT totals_computed()::text")).containsExactly("2"); // its field is the query's own
        assertThatThrownBy(() -> target.execute("SELECT add_legacy()")).hasMessageContaining("relation \"legacy\" does not exist");
        assertThatThrownBy(() -> target.execute("SELECT legacy_row()")).hasMessageContaining("legacy");
        assertThatThrownBy(() -> target.execute("SELECT legacy_dynamic()")).hasMessageContaining("relation \"legacy\" does not exist");
        assertThat(target.queryStrings("SELECT archived()::text")).containsExactly("0");
        assertThatThrownBy(() -> target.execute("SELECT next_legacy()")).hasMessageContaining("relation \"legacy_ids\" does not exist");
        assertThatThrownBy(() -> target.execute("SELECT next_ref()")).hasMessageContaining("relation \"public.orders_ref_seq\" does not exist");
        assertThatThrownBy(() -> target.execute("SELECT next_ticket()")).hasMessageContaining("relation \"tickets_id_seq\" does not exist");
        assertThat(target.queryStrings("SELECT years('2020-01-01')::text")).containsExactly("2020");
        assertThatThrownBy(() -> target.execute("SELECT sum_totals()")).hasMessageContaining("column o.total does not exist");
        assertThatThrownBy(() -> target.execute("SELECT old_stamps()")).hasMessageContaining("column y.updated_at does not exist");
        assertThatThrownBy(() -> target.execute("SELECT legacy_size()")).hasMessageContaining("relation \"public.legacy\" does not exist");
        target.execute("UPDATE notes SET id = 2"); // the same function on a table that keeps the column
    }

    @Test
    void bodiesStillNamingARenamedTableOrColumnAreWarnedOfAndOnesFollowingTheRenameAreNot(TestDatabase target, PostgresServer server)
            throws Exception {
        target.execute("""
                CREATE TABLE customers (id int PRIMARY KEY, mail text);
                INSERT INTO customers VALUES (1, 'a@b');
                CREATE FUNCTION mail_of(i int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT mail FROM public.customers WHERE id = i $$;
                CREATE FUNCTION lower_mail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.mail := lower(NEW.mail); RETURN NEW; END $$;
                CREATE TRIGGER customers_lower BEFORE INSERT ON customers FOR EACH ROW EXECUTE FUNCTION lower_mail();
                CREATE FUNCTION count_clients() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM customers $$;
                """);
        String desired = """
                CREATE TABLE clients (id int PRIMARY KEY, email text);
                CREATE FUNCTION mail_of(i int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT mail FROM public.customers WHERE id = i $$;
                CREATE FUNCTION lower_mail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.mail := lower(NEW.mail); RETURN NEW; END $$;
                CREATE TRIGGER customers_lower BEFORE INSERT ON clients FOR EACH ROW EXECUTE FUNCTION lower_mail();
                CREATE FUNCTION count_clients() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM clients $$;
                """;
        RenameHints hints = new RenameHints(List.of(new RenameHints.TableRename(new QualifiedName("public", "clients"), "customers")),
                List.of(new RenameHints.ColumnRename(new QualifiedName("public", "clients"), "email", "mail")), List.of());
        Plan plan = plan(target, server, desired, hints);

        List<String> warnings = found(target, server, plan, desired).doubts();

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).startsWith("The body of function public.lower_mail() reads NEW.mail for each row trigger"
                + " customers_lower fires for on public.clients, whose column mail the plan renames to email.");
        assertThat(warnings.get(1)).startsWith("The body of function public.mail_of(i integer) names table public.customers, which"
                + " the plan renames to public.clients.");
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, plan, null, PlanListener.NONE);
        }
        assertThat(target.queryStrings("SELECT count_clients()::text")).containsExactly("1");
        assertThatThrownBy(() -> target.execute("INSERT INTO clients VALUES (2, 'C@D')")).hasMessageContaining("has no field \"mail\"");
        assertThatThrownBy(() -> target.execute("SELECT mail_of(1)")).hasMessageContaining("relation \"public.customers\" does not exist");
    }

    @Test
    void bodiesOutsideTheComparedSchemasAreReadFromTheCatalog(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE TABLE orders (id int PRIMARY KEY, note text);
                INSERT INTO orders VALUES (1, 'x');
                CREATE SCHEMA audit;
                CREATE FUNCTION audit.notes() RETURNS SETOF text LANGUAGE plpgsql STABLE AS $$
                    BEGIN RETURN QUERY SELECT orders.note FROM public.orders; END $$;
                CREATE PROCEDURE audit.purge() LANGUAGE sql AS $$ DELETE FROM public.orders WHERE id < 0 $$;
                CREATE FUNCTION audit.other() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
                CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA audit;
                """);
        String desired = "CREATE TABLE orders (id int PRIMARY KEY);";
        Plan plan = plan(target, server, desired, RenameHints.none());

        List<String> warnings = found(target, server, plan, desired).doubts();

        assertThat(warnings).containsExactly("The body of function audit.notes() names column public.orders.note, which the plan"
                + " drops. PostgreSQL records no dependency on a body kept as a string (plpgsql): the plan goes ahead, and the"
                + " function fails when it reaches that name. dibs does not manage it: change it first (by hand, or in a migration),"
                + " or keep what it names.");
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, plan, null, PlanListener.NONE);
        }
        assertThatThrownBy(() -> target.execute("SELECT audit.notes()")).hasMessageContaining("column orders.note does not exist");
        target.execute("CALL audit.purge()");
    }

    @Test
    void anUnqualifiedNameIsLookedUpOnTheRoutinesOwnSearchPath(TestDatabase target, PostgresServer server) throws Exception {
        String functions = """
                CREATE FUNCTION public.app_events() RETURNS bigint LANGUAGE sql STABLE SET search_path = app AS $$ SELECT count(*) FROM events $$;
                CREATE FUNCTION public.public_events() RETURNS bigint LANGUAGE plpgsql STABLE SET search_path = "public", app
                    AS $$ BEGIN RETURN (SELECT count(*) FROM events); END $$;
                CREATE FUNCTION public.any_events() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM events $$;
                CREATE FUNCTION public.next_app() RETURNS bigint LANGUAGE sql SET search_path = app, public AS $$ SELECT nextval('ids') $$;
                CREATE FUNCTION public.next_app_only() RETURNS bigint LANGUAGE sql SET search_path = app AS $$ SELECT nextval('ids') $$;
                """;
        target.execute("""
                CREATE SCHEMA app;
                CREATE TABLE public.events (id int PRIMARY KEY);
                CREATE TABLE app.events (id int PRIMARY KEY);
                CREATE SEQUENCE app.ids;
                CREATE SEQUENCE public.ids;
                """ + functions);
        String desired = UNCHECKED + "CREATE SCHEMA app; CREATE TABLE public.events (id int PRIMARY KEY); CREATE SEQUENCE public.ids;"
                + functions;
        List<String> schemas = List.of("public", "app");
        var current = Inspector.inspect(target.info(), schemas);
        Schema wanted = ScratchSchemas.of(server, desired, schemas);
        Plan plan = Planner.plan(current.schema(), wanted, RenameHints.none(), PlanOptions.defaults());

        List<String> warnings = PlanBlockers.find(target.info(), current.majorVersion(), schemas, plan, current.notManaged(), wanted)
                .doubts();

        // public.events is left, so a body without a search_path of its own (any_events) is not said; SET search_path = app
        // finds app.events and app.ids, which the plan drops; with app, public the body finds public.ids once app.ids is gone
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).startsWith("The body of function public.app_events() names table app.events, which the plan drops.");
        assertThat(warnings.get(1)).startsWith("The body of function public.next_app_only() names sequence app.ids, which the plan drops.");
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, plan, null, PlanListener.NONE);
        }
        assertThatThrownBy(() -> target.execute("SELECT public.app_events()")).hasMessageContaining("relation \"events\" does not exist");
        assertThatThrownBy(() -> target.execute("SELECT public.next_app_only()")).hasMessageContaining("relation \"ids\" does not exist");
        assertThat(target.queryStrings("SELECT public.next_app()::text")).containsExactly("1");
        assertThat(target.queryStrings("SELECT public.public_events()::text")).containsExactly("0");
        assertThat(target.queryStrings("SELECT public.any_events()::text")).containsExactly("0");
    }

    @Test
    void aSearchPathOptionIsReadAsPostgresqlReadsIt() {
        assertThat(StringBodies.searchPath(List.of("work_mem=64MB"))).isNull();
        assertThat(StringBodies.searchPath(List.of("search_path=public, App, \"My \"\"Schema\"\"\", pg_temp, \"x, y\"")))
                .containsExactly("public", "app", "My \"Schema\"", "x, y");
        assertThat(StringBodies.searchPath(List.of("search_path=\"\""))).isEmpty();
        // a schema named like the calling role: as unknown as the caller's path
        assertThat(StringBodies.searchPath(List.of("search_path=\"$user\", public"))).isNull();
    }

    private static Plan plan(TestDatabase target, PostgresServer server, String desiredSql, RenameHints hints) throws Exception {
        Schema current = Inspector.inspect(target.info(), List.of("public")).schema();
        return Planner.plan(current, ScratchSchemas.of(server, UNCHECKED + desiredSql), hints, PlanOptions.defaults());
    }

    private static PlanBlockers.Found found(TestDatabase target, PostgresServer server, Plan plan, String desiredSql) throws Exception {
        var current = Inspector.inspect(target.info(), List.of("public"));
        return PlanBlockers.find(target.info(), current.majorVersion(), List.of("public"), plan, current.notManaged(),
                ScratchSchemas.of(server, UNCHECKED + desiredSql));
    }
}
