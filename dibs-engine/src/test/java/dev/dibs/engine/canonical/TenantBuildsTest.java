package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.canonical.Canonicalizer.Canonical;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.postgres.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.dibs.engine.testing.WithPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet's tenant schemas are built once and renamed: what each rename reads back is, to the last
 * fingerprint and note, what a build of its own in that schema reads back — over tables with
 * checks, defaults calling a sequence, a foreign key and an index expression, a domain, a trigger
 * function, a trigger with WHEN, a view and a SQL-standard function body. Where PostgreSQL keeps
 * the schema's name as text (a function's SET search_path FROM CURRENT), or a tenant's inputs say
 * more than its name, each tenant is built on its own, and the result is the same.
 */
@WithPostgres
class TenantBuildsTest {

    private static final String ACCOUNT = """
            @Table("accounts") @Check(name = "accounts_name_check", value = "length(name) > 1")
            public record Account(@Pk long id, String name, @Column(type = "short_name") String nick,
                                  @Default("nextval('invoice_numbers')") long invoiceNumber,
                                  @Default("'new'") String status) {}
            """;
    private static final String INVOICE = """
            @Table("invoices") @Index(name = "invoices_lower_note", columns = "(lower(note))")
            public record Invoice(@Pk long id, @References("accounts.id") long accountId, String note) {}
            """;
    private static final String OBJECTS = """
            CREATE DOMAIN short_name AS text CONSTRAINT short_name_length CHECK (length(VALUE) < 40);
            CREATE SEQUENCE invoice_numbers START WITH 1000;
            CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := upper(NEW.name); RETURN NEW; END $$;
            CREATE TRIGGER accounts_shout BEFORE UPDATE ON accounts FOR EACH ROW WHEN (NEW.name <> OLD.name) EXECUTE FUNCTION shout();
            CREATE VIEW named_accounts AS SELECT a.id, a.name, count(i.id) AS invoices FROM accounts a LEFT JOIN invoices i ON i.account_id = a.id GROUP BY a.id, a.name;
            CREATE FUNCTION account_count() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(*) FROM accounts);
            """;

    @TempDir
    Path dir;

    private List<Path> classpath(String objects) throws Exception {
        List<Path> cp = TestSchemas.compile(dir.resolve("cp" + objects.hashCode()), ACCOUNT, INVOICE);
        Files.createDirectories(cp.get(0).resolve("dibs"));
        Files.writeString(cp.get(0).resolve("dibs/objects.sql"), objects);
        return cp;
    }

    private static LoadedSchema tenant(List<Path> cp, String tenant) {
        return IntentLoader.builder().classpath(cp).packages(List.of("e")).schemas(List.of(tenant)).tenant(tenant).load();
    }

    @Test
    void eachRenamedTenantReadsBackAsItsOwnBuildWould(PostgresServer server) throws Exception {
        List<Path> cp = classpath(OBJECTS);
        try (TenantBuilds builds = new TenantBuilds(server, List.of())) {
            // tenant_1 twice in a row: a fleet of databases with the same tenant names
            for (String tenant : List.of("tenant_a", "tenant_b", "tenant_10", "tenant_1", "tenant_1")) {
                LoadedSchema intent = tenant(cp, tenant);
                Canonical renamed = builds.canonical(intent, tenant);
                Canonical own = Canonicalizer.canonicalize(intent, server, List.of());
                assertThat(renamed.inspection()).as(tenant).isEqualTo(own.inspection());
                assertThat(renamed.inspection().schema().tables()).allSatisfy(t -> assertThat(t.name().schema()).isEqualTo(tenant));
                assertThat(renamed.inspection().toString()).contains(tenant + ".accounts");
                if (!tenant.equals("tenant_a")) {
                    assertThat(renamed.inspection().toString()).doesNotContain("tenant_a");
                }
            }
            assertThat(builds.renames()).isEqualTo(4);
        }
    }

    @Test
    void textThatKeepsTheFirstTenantsNameMakesEveryTenantBuildItsOwn(PostgresServer server) throws Exception {
        List<Path> cp = classpath(OBJECTS + """
                CREATE FUNCTION pinned() RETURNS int LANGUAGE sql SET search_path FROM CURRENT AS 'SELECT 1';
                """);
        try (TenantBuilds builds = new TenantBuilds(server, List.of())) {
            for (String tenant : List.of("tenant_a", "tenant_b", "tenant_c")) {
                LoadedSchema intent = tenant(cp, tenant);
                assertThat(builds.canonical(intent, tenant).inspection()).as(tenant)
                        .isEqualTo(Canonicalizer.canonicalize(intent, server, List.of()).inspection());
            }
            assertThat(builds.renames()).isZero();
        }
    }

    @Test
    void aTenantWhoseInputsSayMoreThanItsNameIsBuiltOnItsOwn(PostgresServer server) throws Exception {
        List<Path> cp = classpath(OBJECTS + """
                CREATE VIEW origin AS SELECT 'moved here from tenant_a'::text AS note;
                """);
        try (TenantBuilds builds = new TenantBuilds(server, List.of())) {
            for (String tenant : List.of("tenant_a", "tenant_b")) {
                LoadedSchema intent = tenant(cp, tenant);
                Canonical made = builds.canonical(intent, tenant);
                assertThat(made.inspection()).isEqualTo(Canonicalizer.canonicalize(intent, server, List.of()).inspection());
                assertThat(made.inspection().toString()).contains("moved here from tenant_a");
            }
            assertThat(builds.renames()).isZero();
        }
    }

    @Test
    void onlyANameWrittenAndPrintedAsItsVeryCharactersIsRenamed() {
        assertThat(TenantBuilds.plain("tenant_a")).isTrue();
        assertThat(TenantBuilds.plain("Tenant_A")).as("folded when written unquoted, printed quoted").isFalse();
        assertThat(TenantBuilds.plain("user")).as("a keyword: printed quoted").isFalse();
        assertThat(TenantBuilds.plain("a$b")).isFalse();
        assertThat(TenantBuilds.plain("t\"x")).isFalse();
        assertThat(TenantBuilds.plain("t".repeat(64))).as("cut to 63 bytes").isFalse();
    }

    @Test
    void wordsAreReplacedWholeAndNothingElse() {
        assertThat(TenantBuilds.replaced("t_1.accounts t_10.x \"t_1\".y t_1_x xt_1 'T_1' t_1", "t_1", "t_2"))
                .isEqualTo("t_2.accounts t_10.x \"t_2\".y t_1_x xt_1 'T_1' t_2");
    }
}
