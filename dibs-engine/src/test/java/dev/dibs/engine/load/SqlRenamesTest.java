package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.load.RenameHints.SequenceRename;
import dev.dibs.engine.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code -- dibs:renamed-from} before a {@code CREATE SEQUENCE}, {@code DOMAIN}, {@code FUNCTION}, {@code PROCEDURE} or {@code TRIGGER}: read into
 * the declaration and the hints, or refused, saying where.
 */
class SqlRenamesTest {

    private static final List<String> SCHEMAS = List.of("public", "app");
    private final List<Problem> problems = new ArrayList<>();

    private List<SqlDeclaration> classify(String text) {
        return new SqlFileClassifier(SCHEMAS, Map.of(), problems)
                .classify(List.of(new SqlFile("dibs/schema.sql", "schema-1.0.jar", text)));
    }

    @Test
    void aHintBeforeASequenceNamesItsOldNameInItsSchema() {
        List<SqlDeclaration> d = classify("""
                -- invoices are numbered here
                -- dibs:renamed-from bill_numbers
                CREATE SEQUENCE invoice_numbers START 1000;
                -- dibs:renamed-from "Old Refs"
                CREATE SEQUENCE IF NOT EXISTS app.refs;
                -- dibs: builds this before the tables (a plain comment: a space after the colon)
                CREATE SEQUENCE plain;
                """);
        assertThat(problems).isEmpty();
        assertThat(d).extracting(SqlDeclaration::renamedFrom).containsExactly("bill_numbers", "Old Refs", null);
        assertThat(SqlRenames.of(d, SCHEMAS, java.util.Set.of()).sequences()).containsExactly(
                new SequenceRename(new QualifiedName("public", "invoice_numbers"), "bill_numbers"),
                new SequenceRename(new QualifiedName("app", "refs"), "Old Refs"));
    }

    @Test
    void aHintBeforeATriggerNamesItsOldNameOnItsTable() {
        List<SqlDeclaration> d = classify("""
                -- dibs:renamed-from accounts_touch
                CREATE OR REPLACE TRIGGER invoice_touch BEFORE UPDATE ON app.invoice FOR EACH ROW EXECUTE FUNCTION touch();
                """);
        assertThat(problems).isEmpty();
        assertThat(SqlRenames.of(d, SCHEMAS, java.util.Set.of()).triggers())
                .containsExactly(new RenameHints.TriggerRename(new QualifiedName("app", "invoice"), "invoice_touch", "accounts_touch"));
    }

    @Test
    void aHintBeforeADomainNamesItsOldNameInItsSchema() {
        List<SqlDeclaration> d = classify("""
                -- dibs:renamed-from score
                CREATE DOMAIN rating AS integer CHECK (VALUE > 0);
                -- dibs:renamed-from app."Old Code"
                CREATE DOMAIN app.code AS text;
                -- dibs:renamed-from public.elsewhere
                CREATE DOMAIN app.there AS text;
                """);
        assertThat(problems).extracting(Problem::where).containsExactly("dibs/schema.sql line 6 (in schema-1.0.jar)");
        assertThat(problems.get(0).message()).contains("names schema public, but domain app.there is in app");
        assertThat(problems.get(0).fix()).contains("name the old domain in schema app");
        assertThat(SqlRenames.of(d, SCHEMAS, java.util.Set.of()).domains()).containsExactly(
                new RenameHints.DomainRename(new QualifiedName("public", "rating"), "score"),
                new RenameHints.DomainRename(new QualifiedName("app", "code"), "Old Code"));
        assertThat(SqlRenames.inScript("-- dibs:renamed-from score\nCREATE DOMAIN rating AS integer;", SCHEMAS).domains())
                .containsExactly(new RenameHints.DomainRename(new QualifiedName("public", "rating"), "score"));
    }

    @Test
    void aHintBeforeAFunctionOrProcedureNamesItsOldNameInItsSchema() {
        List<SqlDeclaration> d = classify("""
                -- dibs:renamed-from slug
                CREATE OR REPLACE FUNCTION make_slug(t text) RETURNS text LANGUAGE sql RETURN lower(t);
                -- dibs:renamed-from app.forget
                CREATE PROCEDURE app.purge(days int) LANGUAGE sql AS 'SELECT 1';
                -- dibs:renamed-from make_slug
                CREATE FUNCTION make_slug(t text) RETURNS text LANGUAGE sql RETURN t;
                """);
        assertThat(problems).extracting(Problem::message).singleElement().asString().contains("names the function's own name");
        assertThat(SqlRenames.of(d, SCHEMAS, java.util.Set.of()).routines()).containsExactly(
                new RenameHints.RoutineRename(new QualifiedName("public", "make_slug"), "slug"),
                new RenameHints.RoutineRename(new QualifiedName("app", "purge"), "forget"));
    }

    @Test
    void aHintOnlyAppliesToTheStatementRightAfterIt() {
        List<SqlDeclaration> d = classify("""
                -- dibs:renamed-from old_one
                CREATE SEQUENCE first_one;
                CREATE SEQUENCE second_one; -- a comment after a statement belongs to the next one
                CREATE SEQUENCE third_one;
                """);
        assertThat(problems).isEmpty();
        assertThat(d).extracting(SqlDeclaration::renamedFrom).containsExactly("old_one", null, null);
    }

    @Test
    void hintsDibsCannotTakeAreProblemsNamingFileAndLine() {
        classify("""
                CREATE SEQUENCE ok;
                -- dibs:renamed_from old
                CREATE SEQUENCE typo;
                -- dibs:renamed-from old_view
                CREATE VIEW seen AS SELECT 1 AS one;
                -- dibs:renamed-from public.old_trigger
                CREATE TRIGGER t BEFORE UPDATE ON invoice FOR EACH ROW EXECUTE FUNCTION touch();
                -- dibs:renamed-from
                CREATE SEQUENCE nameless;
                -- dibs:renamed-from a b
                CREATE SEQUENCE two_names;
                -- dibs:renamed-from app.elsewhere
                CREATE SEQUENCE public.here;
                -- dibs:renamed-from first
                -- dibs:renamed-from second
                CREATE SEQUENCE twice;
                -- dibs:renamed-from itself
                CREATE SEQUENCE itself;
                """);
        assertThat(problems).extracting(Problem::where).containsExactly("dibs/schema.sql line 3 (in schema-1.0.jar)",
                "dibs/schema.sql line 5 (in schema-1.0.jar)", "dibs/schema.sql line 7 (in schema-1.0.jar)",
                "dibs/schema.sql line 9 (in schema-1.0.jar)", "dibs/schema.sql line 11 (in schema-1.0.jar)",
                "dibs/schema.sql line 13 (in schema-1.0.jar)", "dibs/schema.sql line 16 (in schema-1.0.jar)",
                "dibs/schema.sql line 18 (in schema-1.0.jar)");
        assertThat(problems.get(0).message()).contains("no instruction dibs knows");
        assertThat(problems.get(0).fix()).contains("-- dibs:renamed-from old_name");
        assertThat(problems.get(1).message()).contains("dibs takes renames from SQL files for those kinds only");
        assertThat(problems.get(2).message()).as("a trigger's old name has no schema").contains("does not name one trigger");
        assertThat(problems.get(2).fix()).contains("without a table");
        assertThat(problems.get(3).message()).contains("does not name one sequence");
        assertThat(problems.get(4).message()).contains("does not name one sequence");
        assertThat(problems.get(5).message()).contains("names schema app, but sequence public.here is in public");
        assertThat(problems.get(6).message()).contains("two rename hints before one statement (first and second)");
        assertThat(problems.get(7).message()).contains("the sequence's own name");
        assertThat(problems).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n"));
    }

    @Test
    void aScriptsHintsAreReadTheSameWay() {
        SqlRenames.Hints hints = SqlRenames.inScript("""
                CREATE TABLE t (id int);
                -- dibs:renamed-from s_old
                CREATE SEQUENCE app.s;
                -- dibs:renamed-from "Old Check"
                CREATE TRIGGER checked AFTER INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION f();
                """, SCHEMAS);
        assertThat(hints.sequences()).containsExactly(new SequenceRename(new QualifiedName("app", "s"), "s_old"));
        assertThat(hints.triggers()).containsExactly(new RenameHints.TriggerRename(new QualifiedName("app", "t"), "checked", "Old Check"));
        assertThatThrownBy(() -> SqlRenames.inScript("CREATE SEQUENCE s; -- dibs:renamed-from old\nCREATE SEQUENCE t;", SCHEMAS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1").hasMessageContaining("no statement starts");
        assertThatThrownBy(() -> SqlRenames.inScript("-- dibs:renamed-from t_old\nCREATE TABLE t (id int);", SCHEMAS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2")
                .hasMessageContaining("for those kinds only");
    }

    @Test
    void aHintThatLeadsNoStatementIsRefusedNotMovedToTheNextOne() {
        List<SqlDeclaration> d = classify("""
                CREATE SEQUENCE a; -- dibs:renamed-from old_a
                CREATE SEQUENCE b
                  -- dibs:renamed-from old_b
                  START 5;
                CREATE SEQUENCE c;
                -- dibs:renamed-from old_d
                """);
        assertThat(d).extracting(SqlDeclaration::renamedFrom).containsOnlyNulls();
        assertThat(problems).extracting(Problem::where).containsExactly("dibs/schema.sql line 1 (in schema-1.0.jar)",
                "dibs/schema.sql line 3 (in schema-1.0.jar)", "dibs/schema.sql line 6 (in schema-1.0.jar)");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("no statement starts right after it"));
    }

    @Test
    void aConstraintTriggerAndAnUnclosedQuoteAreRefused() {
        classify("""
                -- dibs:renamed-from old_check
                CREATE CONSTRAINT TRIGGER checked AFTER INSERT ON invoice FOR EACH ROW EXECUTE FUNCTION f();
                -- dibs:renamed-from "
                CREATE SEQUENCE lone_quote;
                -- dibs:renamed-from "Old Name
                CREATE SEQUENCE open_quote;
                -- dibs:renamed-from "Old ""Quoted"" Name"
                CREATE SEQUENCE closed_quote;
                """);
        assertThat(problems).extracting(Problem::where).containsExactly("dibs/schema.sql line 2 (in schema-1.0.jar)",
                "dibs/schema.sql line 4 (in schema-1.0.jar)", "dibs/schema.sql line 6 (in schema-1.0.jar)");
        assertThat(problems.get(0).message()).contains("CREATE CONSTRAINT TRIGGER").contains("not the constraint");
        assertThat(problems.get(1).message()).contains("does not name one sequence");
        assertThat(problems.get(2).message()).contains("does not name one sequence");
        assertThat(SqlRenames.of(classify("-- dibs:renamed-from \"Old \"\"Quoted\"\" Name\"\nCREATE SEQUENCE q;"), SCHEMAS, java.util.Set.of()).sequences())
                .extracting(SequenceRename::from).containsExactly("Old \"Quoted\" Name");
    }

    @Test
    void aHintsTextIsShownEscapedInItsProblem() {
        classify("-- dibs:renamed-from a\u001b[2Jb\nCREATE SEQUENCE s;\n");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).doesNotContain("\u001b"));
    }
}
