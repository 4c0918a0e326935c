package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.SqlDeclaration.Kind;
import dev.dibs.engine.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlFileClassifierTest {

    private final List<Problem> problems = new ArrayList<>();

    private List<SqlDeclaration> classify(String text) {
        return new SqlFileClassifier(List.of("public", "app"), Map.of(new QualifiedName("public", "invoice"), "com.acme.Invoice"),
                problems).classify(List.of(new SqlFile("dibs/schema.sql", "schema-1.0.jar", text)));
    }

    /** The one problem of a file holding {@code statement} on its third line. */
    private Problem refusal(String statement) {
        problems.clear();
        assertThat(classify("-- declarations\n\n" + statement + ";\n")).as(statement).isEmpty();
        assertThat(problems).as(statement).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.where()).isEqualTo("dibs/schema.sql line 3 (in schema-1.0.jar)");
        assertThat(p.toString()).doesNotContain("\n");
        return p;
    }

    @Test
    void acceptsOperatorsAndTheirCommentsAndRefusesAlteringThem() {
        List<SqlDeclaration> d = classify("""
                CREATE OPERATOR public.~<< (FUNCTION = reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
                COMMENT ON OPERATOR ~<< (text, text) IS 'the pattern on the left';
                """);
        assertThat(problems).isEmpty();
        assertThat(d.stream().map(x -> x.kind() + " " + x.object()).toList())
                .containsExactly("OPERATOR public.~<<", "COMMENT operator ~<<");
        assertThat(refusal("ALTER OPERATOR ~<< (text, text) SET (RESTRICT = contsel)").message()).contains("alters an operator");
        assertThat(refusal("CREATE OPERATOR other.~<< (FUNCTION = f, LEFTARG = text, RIGHTARG = text)").message())
                .contains("in schema other");
        assertThat(refusal("CREATE OPERATOR (FUNCTION = f, RIGHTARG = text)").message()).contains("names no operator");
        assertThat(classify("CREATE OPERATOR public.? (FUNCTION = f, LEFTARG = jsonb, RIGHTARG = text)").get(0).object())
                .isEqualTo("public.?");
    }

    @Test
    void acceptsCollationsAndTheirCommentsBeforeTheTablesAndRefusesAlteringThem() {
        List<SqlDeclaration> d = classify("""
                CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
                CREATE COLLATION IF NOT EXISTS app."Numeric" FROM "C";
                COMMENT ON COLLATION case_insensitive IS 'ignores case';
                """);
        assertThat(problems).isEmpty();
        assertThat(d.stream().map(x -> x.kind() + " " + x.object()).toList())
                .containsExactly("COLLATION case_insensitive", "COLLATION app.Numeric", "COMMENT collation case_insensitive");
        assertThat(d.get(0).kind().beforeTables()).isTrue();
        assertThat(refusal("ALTER COLLATION case_insensitive REFRESH VERSION").message()).contains("alters a collation");
        assertThat(refusal("ALTER COLLATION case_insensitive RENAME TO ci").message()).contains("alters a collation");
        assertThat(refusal("CREATE COLLATION other.c (provider = icu, locale = 'de')").message()).contains("in schema other");
        assertThat(refusal("DROP COLLATION case_insensitive").message()).contains("drops an object");
    }

    /** A quoted name holding a line feed or an escape would write lines of its own wherever it is named. */
    @Test
    void refusesNamesThatDoNotPrint() {
        classify("CREATE FUNCTION public.\"f\n[INFO] BUILD SUCCESS\"() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE SEQUENCE \"s\u001b[2K\";\nCREATE SEQUENCE fine;\n");
        assertThat(problems).extracting(Problem::where)
                .containsExactly("dibs/schema.sql line 1 (in schema-1.0.jar)", "dibs/schema.sql line 3 (in schema-1.0.jar)");
        assertThat(problems.get(0).message())
                .startsWith("the object \"public.f\\n[INFO] BUILD SUCCESS\" holds a character that does not print");
        assertThat(problems.get(1).message()).startsWith("the object \"s\\u001b[2K\" holds");
        assertThat(problems).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n").doesNotContain("\u001b"));
    }

    @Test
    void acceptsTheDeclarationsOfEachKindInFileOrder() {
        List<SqlDeclaration> d = classify("""
                CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA app;
                CREATE SEQUENCE invoice_numbers START 1000;
                ALTER SEQUENCE invoice_numbers OWNED BY invoice.number;
                CREATE DOMAIN app.email AS citext CHECK (VALUE LIKE '%@%');
                ALTER DOMAIN app.email ADD CONSTRAINT short CHECK (length(VALUE) < 300);
                CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE PROCEDURE app.tidy() LANGUAGE sql BEGIN ATOMIC SELECT 1; END;
                CREATE TRIGGER touch BEFORE UPDATE ON invoice FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE CONSTRAINT TRIGGER later AFTER INSERT ON app.t DEFERRABLE FOR EACH ROW EXECUTE FUNCTION touch();
                ALTER TABLE invoice DISABLE TRIGGER touch;
                ALTER TABLE ONLY invoice ENABLE ALWAYS TRIGGER touch;
                COMMENT ON FUNCTION touch() IS 'sets updated_at';
                COMMENT ON TRIGGER touch ON invoice IS 'why';
                COMMENT ON EXTENSION citext IS 'case-insensitive';
                """);
        assertThat(problems).isEmpty();
        assertThat(d).extracting(SqlDeclaration::kind).containsExactly(Kind.EXTENSION, Kind.SEQUENCE, Kind.SEQUENCE_OPTIONS,
                Kind.DOMAIN, Kind.DOMAIN_CONSTRAINT, Kind.FUNCTION, Kind.PROCEDURE, Kind.TRIGGER, Kind.TRIGGER,
                Kind.TRIGGER_STATE, Kind.TRIGGER_STATE, Kind.COMMENT, Kind.COMMENT, Kind.COMMENT);
        assertThat(d).extracting(SqlDeclaration::line).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(d.get(6).sql()).isEqualTo("CREATE PROCEDURE app.tidy() LANGUAGE sql BEGIN ATOMIC SELECT 1; END");
        assertThat(d.get(7).object()).isEqualTo("touch on invoice");
        assertThat(d.stream().filter(x -> x.kind().beforeTables())).extracting(SqlDeclaration::kind).containsExactly(
                Kind.EXTENSION, Kind.SEQUENCE, Kind.DOMAIN, Kind.DOMAIN_CONSTRAINT, Kind.FUNCTION, Kind.PROCEDURE);
    }

    /**
     * A name glued to a {@code $} (PostgreSQL: part of the name) is no dollar quote: what follows is
     * statements of their own, each classified (here a COPY … TO PROGRAM, refused) — dibs, PostgreSQL
     * and the JDBC driver read the file alike.
     */
    @Test
    void aDollarGluedToANonAsciiNameOpensNoQuote() {
        classify("""
                CREATE FUNCTION €$x$() RETURNS int LANGUAGE sql IMMUTABLE RETURN 1;
                COPY (SELECT 1) TO PROGRAM 'id';
                COMMENT ON FUNCTION €$x$() IS 'harmless';
                """);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("COPY (SELECT 1)", "runs a query"));
    }

    /** Whatever dibs reads as one statement must be one to the JDBC driver too, which sends each statement it reads. */
    @Test
    void aStatementTheDriverWouldSplitIsRefused() {
        assertThat(DriverStatements.count("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $a$ SELECT 1; SELECT 2 $a$")).isEqualTo(1);
        assertThat(DriverStatements.count("COMMENT ON FUNCTION f() IS 'a'; COPY x TO PROGRAM 'id'")).isEqualTo(2);
        assertThat(DriverStatements.count("CREATE FUNCTION €$x$() RETURNS int LANGUAGE sql RETURN 1; SELECT 1")).isEqualTo(2);
    }

    @Test
    void refusesCodeQueriesAndDataChanges() {
        assertThat(refusal("DO $$ BEGIN PERFORM 1; END $$").message()).contains("runs code");
        for (String statement : List.of("SELECT 1", "CALL app.tidy()", "COPY invoice FROM stdin", "INSERT INTO invoice VALUES (1)",
                "UPDATE invoice SET n = 1", "DELETE FROM invoice", "MERGE INTO invoice USING x ON true WHEN MATCHED THEN DO NOTHING",
                "TRUNCATE invoice", "WITH x AS (SELECT 1) SELECT * FROM x")) {
            assertThat(refusal(statement).message()).as(statement).contains("runs a query or changes data");
        }
    }

    @Test
    void refusesSessionTransactionPrivilegesAndOwners() {
        assertThat(refusal("SET search_path = x").message()).contains("dibs sets itself");
        assertThat(refusal("RESET ALL").message()).contains("dibs sets itself");
        assertThat(refusal("BEGIN").message()).contains("transaction");
        assertThat(refusal("COMMIT").message()).contains("transaction");
        assertThat(refusal("GRANT SELECT ON invoice TO reader").message()).contains("privileges, which dibs does not manage");
        assertThat(refusal("REVOKE ALL ON invoice FROM PUBLIC").message()).contains("privileges, which dibs does not manage");
        assertThat(refusal("ALTER FUNCTION touch() OWNER TO admin").message()).contains("dibs does not manage owners");
        assertThat(refusal("ALTER SEQUENCE s OWNER TO admin").message()).contains("dibs does not manage owners");
    }

    @Test
    void refusesTablesAndEnumsSayingTheyAreJava() {
        Problem javaTable = refusal("CREATE TABLE invoice (id bigint)");
        assertThat(javaTable.message()).contains("declared by com.acme.Invoice");
        assertThat(javaTable.fix()).isEqualTo("change it there.");
        assertThat(refusal("CREATE TABLE public.\"invoice\" (id bigint)").message()).contains("declared by com.acme.Invoice");
        assertThat(refusal("CREATE TABLE other (id bigint)").message()).contains("tables are declared in Java");
        assertThat(refusal("CREATE TABLE copy AS SELECT * FROM invoice").message()).contains("AS SELECT");
        assertThat(refusal("CREATE TYPE mood AS ENUM ('sad', 'ok')").fix()).contains("@PgEnum");
        assertThat(refusal("ALTER TABLE invoice ADD COLUMN x int").message()).contains("tables are declared in Java");
    }

    @Test
    void refusesWhatComesLaterOrNeverNamingTheKind() {
        assertThat(refusal("CREATE SCHEMA billing").message()).contains("schemas parameter");
        assertThat(refusal("CREATE RULE r AS ON INSERT TO invoice DO NOTHING").message()).contains("creates a rule, which dibs cannot model");
        assertThat(refusal("CREATE CAST (text AS int) WITH INOUT").message()).contains("a cast");
        assertThat(refusal("CREATE OPERATOR CLASS c FOR TYPE int USING btree AS OPERATOR 1 <").message()).contains("an operator class");
        assertThat(refusal("CREATE AGGREGATE a(int) (SFUNC = int4pl, STYPE = int)").message()).contains("an aggregate");
        assertThat(refusal("CREATE TEXT SEARCH CONFIGURATION c (COPY = english)").message()).contains("a text search");
        assertThat(refusal("CREATE FOREIGN TABLE f (a int) SERVER s").message()).contains("a foreign table");
        assertThat(refusal("CREATE PUBLICATION p FOR ALL TABLES").message()).contains("a publication");
        assertThat(refusal("CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION touch()").message())
                .contains("an event trigger");
        assertThat(refusal("DROP FUNCTION touch()").message()).contains("desired state");
        assertThat(refusal("VACUUM").message()).contains("not a declaration");
    }

    @Test
    void refusesObjectsOutsideTheManagedSchemasNamingTheSchema() {
        Problem p = refusal("CREATE FUNCTION audit.log() RETURNS int LANGUAGE sql RETURN 1");
        assertThat(p.message()).contains("schema audit, which dibs does not manage (schemas: public, app)");
        assertThat(p.fix()).contains("add audit to the schemas parameter");
        assertThat(refusal("CREATE EXTENSION pgcrypto SCHEMA extensions").message()).contains("schema extensions");
        assertThat(refusal("CREATE TRIGGER t AFTER INSERT ON audit.log FOR EACH ROW EXECUTE FUNCTION f()").message())
                .contains("schema audit");
        // a name written with Unicode escapes is the name they spell, as PostgreSQL reads it
        assertThat(refusal("CREATE FUNCTION U&\"pg\\005fcatalog\".hb_outside() RETURNS int LANGUAGE sql RETURN 1").message())
                .contains("schema pg_catalog");
        assertThat(refusal("CREATE FUNCTION U&\"au!0064it\" UESCAPE '!'.log() RETURNS int LANGUAGE sql RETURN 1").message())
                .contains("schema audit");
    }

    @Test
    void refusesSequenceOptionsThatResetOrNeedTables() {
        assertThat(refusal("ALTER SEQUENCE invoice_numbers RESTART WITH 1").message()).contains("never resets");
        assertThat(refusal("CREATE SEQUENCE n OWNED BY invoice.number").fix())
                .contains("ALTER SEQUENCE n OWNED BY table.column");
        problems.clear();
        assertThat(classify("CREATE SEQUENCE n OWNED BY NONE; ALTER SEQUENCE n INCREMENT 5 NO CYCLE")).hasSize(2);
        assertThat(problems).isEmpty();
    }

    @Test
    void reportsEveryProblemOfEveryFileAtOnceEachOnOneLine() {
        new SqlFileClassifier(List.of("public"), Map.of(), problems).classify(List.of(
                new SqlFile("dibs/a.sql", "classes", "CREATE SEQUENCE ok;\nSELECT 'multi\nline';\nGRANT ALL ON t TO u;"),
                new SqlFile("dibs/b.sql", "classes", "\n\nCOMMENT ON SEQUENCE ok IS 'never closed;\n")));
        assertThat(problems).extracting(Problem::where).containsExactly("dibs/a.sql line 2 (in classes)",
                "dibs/a.sql line 4 (in classes)", "dibs/b.sql line 3 (in classes)");
        assertThat(problems.get(2).message()).contains("never closed");
        assertThat(new SchemaValidationException("The SQL files under dibs/", problems).getMessage().lines())
                .hasSize(4).first().isEqualTo("The SQL files under dibs/ have 3 problems:");
    }

    @Test
    void acceptsViewsMaterializedViewsTheirIndexesOptionsAndComments() {
        List<SqlDeclaration> d = classify("""
                CREATE VIEW big AS SELECT id FROM invoice WHERE total > 100;
                CREATE OR REPLACE RECURSIVE VIEW app.tree (n) AS SELECT 1 UNION ALL SELECT n + 1 FROM app.tree WHERE n < 3;
                CREATE MATERIALIZED VIEW IF NOT EXISTS app.sales AS SELECT 1 AS total WITH NO DATA;
                CREATE UNIQUE INDEX sales_total ON app.sales (total);
                CREATE INDEX ON "app".sales (total);
                ALTER VIEW big SET (security_barrier = true);
                ALTER VIEW IF EXISTS big RESET (check_option);
                COMMENT ON VIEW big IS 'over a hundred';
                COMMENT ON MATERIALIZED VIEW app.sales IS 'refreshed nightly';
                """);
        assertThat(problems).isEmpty();
        assertThat(d).extracting(SqlDeclaration::kind).containsExactly(Kind.VIEW, Kind.VIEW, Kind.MATERIALIZED_VIEW,
                Kind.MATERIALIZED_VIEW_INDEX, Kind.MATERIALIZED_VIEW_INDEX, Kind.VIEW_OPTIONS, Kind.VIEW_OPTIONS, Kind.COMMENT,
                Kind.COMMENT);
        assertThat(d).extracting(SqlDeclaration::object).containsExactly("big", "app.tree", "app.sales", "index on app.sales",
                "index on app.sales", "big", "big", "view big", "materialized view app.sales");
        assertThat(d).noneMatch(x -> x.kind().beforeTables()); // views read tables: built after them
    }

    @Test
    void refusesWhatAViewDeclarationMayNotDo() {
        assertThat(refusal("CREATE TEMP VIEW v AS SELECT 1").message()).contains("temporary");
        assertThat(refusal("CREATE OR REPLACE TEMPORARY VIEW v AS SELECT 1").message()).contains("temporary");
        assertThat(refusal("CREATE VIEW other.v AS SELECT 1").message()).contains("schema other, which dibs does not manage");
        Problem onJava = refusal("CREATE INDEX invoice_total ON invoice (total)");
        assertThat(onJava.message()).contains("declared by com.acme.Invoice");
        assertThat(onJava.fix()).contains("@Index on com.acme.Invoice");
        assertThat(refusal("CREATE UNIQUE INDEX u ON somewhere (x)").message()).contains("no materialized view declared before it");
        assertThat(refusal("CREATE INDEX CONCURRENTLY i ON v (x)").message()).contains("CONCURRENTLY");
        assertThat(refusal("ALTER VIEW v RENAME TO w").message()).contains("other than by SET or RESET");
        assertThat(refusal("ALTER VIEW v SET SCHEMA app").message()).contains("other than by SET or RESET");
        assertThat(refusal("ALTER VIEW v OWNER TO someone").message()).contains("owner");
    }

    @Test
    void anIndexComesAfterItsMaterializedView() {
        classify("""
                CREATE INDEX early ON sales (total);
                CREATE MATERIALIZED VIEW sales AS SELECT 1 AS total;
                CREATE INDEX late ON public.sales (total);
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("dibs/schema.sql line 1 (in schema-1.0.jar)");
            assertThat(p.fix()).contains("CREATE MATERIALIZED VIEW sales first");
        });
    }
}
