package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.SqlDeclaration.Kind;
import dev.dibs.engine.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Policy statements in the SQL files: accepted on a Java table, row-level security itself refused (it is declared in Java). */
class SqlFilePoliciesTest {

    private final List<Problem> problems = new ArrayList<>();

    private List<SqlDeclaration> classify(String text) {
        return new SqlFileClassifier(List.of("public", "app"), Map.of(new QualifiedName("public", "invoice"), "com.acme.Invoice",
                new QualifiedName("app", "Ledger"), "com.acme.Ledger"), problems)
                .classify(List.of(new SqlFile("dibs/policies.sql", null, text)));
    }

    private Problem refusal(String statement) {
        problems.clear();
        assertThat(classify("\n" + statement + ";\n")).as(statement).isEmpty();
        assertThat(problems).as(statement).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.where()).isEqualTo("dibs/policies.sql line 2");
        return p;
    }

    @Test
    void acceptsPoliciesAndTheirCommentsOnJavaTables() {
        List<SqlDeclaration> d = classify("""
                CREATE POLICY own ON invoice USING (owner = current_user);
                CREATE POLICY "Readers" ON app."Ledger" AS RESTRICTIVE FOR SELECT TO reader, PUBLIC USING (true);
                CREATE POLICY writers ON public.invoice FOR INSERT TO writer WITH CHECK (amount > 0);
                COMMENT ON POLICY own ON invoice IS 'a role sees its own invoices';
                """);
        assertThat(problems).isEmpty();
        assertThat(d).extracting(SqlDeclaration::kind).containsExactly(Kind.POLICY, Kind.POLICY, Kind.POLICY, Kind.COMMENT);
        assertThat(d).extracting(SqlDeclaration::object).containsExactly("own on invoice", "Readers on app.Ledger",
                "writers on public.invoice", "policy own on invoice");
        assertThat(d).noneMatch(x -> x.kind().beforeTables());
    }

    @Test
    void refusesAPolicyOnATableNoJavaClassDeclaresOrOutsideTheSchemas() {
        assertThat(refusal("CREATE POLICY p ON other USING (true)").message())
                .contains("public.other, which no Java class declares as a table");
        assertThat(refusal("CREATE POLICY p ON billing.invoice USING (true)").message())
                .contains("in schema billing, which dibs does not manage");
        assertThat(refusal("COMMENT ON POLICY p ON other IS 'x'").message()).contains("no Java class declares");
        assertThat(refusal("CREATE POLICY p USING (true)").fix()).contains("CREATE POLICY name ON table");
    }

    @Test
    void anUnqualifiedTableIsFoundInTheFirstSchemaThenPublicViewsOfTheFilesIncluded() {
        java.util.function.Function<String, List<SqlDeclaration>> classify = text -> new SqlFileClassifier(List.of("app", "public"),
                Map.of(new QualifiedName("public", "invoice"), "com.acme.Invoice"), problems)
                .classify(List.of(new SqlFile("dibs/policies.sql", null, text)));
        assertThat(classify.apply("CREATE POLICY own ON invoice USING (true);\n")).singleElement()
                .extracting(SqlDeclaration::kind).isEqualTo(Kind.POLICY);
        assertThat(problems).isEmpty();
        // a view app.invoice declared before stands in front of public.invoice, as on PostgreSQL's search_path
        assertThat(classify.apply("CREATE VIEW invoice AS SELECT 1 AS x;\nCREATE POLICY own ON invoice USING (true);\n")).hasSize(1);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .contains("declares a policy on app.invoice, which no Java class declares as a table"));
    }

    @Test
    void refusesRowLevelSecurityInFilesPointingToTheJavaAttribute() {
        for (String statement : List.of("ALTER TABLE invoice ENABLE ROW LEVEL SECURITY", "ALTER TABLE invoice FORCE ROW LEVEL SECURITY",
                "ALTER TABLE ONLY app.\"Ledger\" DISABLE ROW LEVEL SECURITY", "ALTER TABLE invoice NO FORCE ROW LEVEL SECURITY")) {
            Problem p = refusal(statement);
            assertThat(p.message()).as(statement).contains("switches row-level security of", "declared one way only: on the table's Java class");
            assertThat(p.fix()).as(statement).contains("@Table(rowLevelSecurity = RowLevelSecurity.ENABLED)");
        }
        assertThat(refusal("ALTER TABLE invoice ENABLE ROW LEVEL SECURITY").message()).contains("of invoice");
    }

    @Test
    void readsTheRolesAPolicyNamesLeavingOutThoseThatAreNoRoles() {
        assertThat(PolicyStatements.roles("CREATE POLICY p ON t AS PERMISSIVE FOR SELECT TO reader, \"Auditor\", PUBLIC, "
                + "CURRENT_USER, session_user USING (a IN (SELECT 1 TO 2)) WITH CHECK (true)")).containsExactly("reader", "Auditor");
        assertThat(PolicyStatements.roles("CREATE POLICY p ON t USING (true)")).isEmpty();
        assertThat(PolicyStatements.roles("CREATE POLICY p ON t TO Writer")).containsExactly("writer");
    }
}
