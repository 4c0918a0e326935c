package dev.dibs.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What dibs does not model is reported as notes, and does not break or pollute the model. */
@WithPostgres
class InspectorNotManagedTest {

    @Test
    void reportsUnmanagedObjects(TestDatabase db) throws Exception {
        db.execute("""
                CREATE TABLE accounts (id int PRIMARY KEY, email text COLLATE "C" NOT NULL, owner text,
                                       period int4range, EXCLUDE USING gist (period WITH &&));
                CREATE INDEX accounts_email_pattern ON accounts (email text_pattern_ops);
                CREATE INDEX accounts_owner_fill ON accounts (owner) WITH (fillfactor = 70);
                CREATE INDEX accounts_owner_c ON accounts (owner COLLATE "C");
                CREATE INDEX accounts_email ON accounts (email);
                CREATE TABLE dupes (v int);
                INSERT INTO dupes VALUES (1), (1);
                CREATE VIEW active_accounts AS SELECT * FROM accounts;
                CREATE MATERIALIZED VIEW account_counts AS SELECT count(*) FROM accounts;
                CREATE SEQUENCE invoice_numbers;
                CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
                CREATE TYPE pair AS (a int, b int);
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
                ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
                CREATE POLICY accounts_own ON accounts USING (owner = current_user);
                CREATE RULE accounts_no_delete AS ON DELETE TO accounts DO INSTEAD NOTHING;
                CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at);
                CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                CREATE TABLE parent (id int);
                CREATE TABLE child (extra int) INHERITS (parent);
                CREATE INDEX child_extra ON child (extra) WITH (fillfactor = 60);
                CREATE TABLE __dibs_migrations (id text);
                CREATE TABLE serials (id serial PRIMARY KEY);
                CREATE TABLE deferred_keys (id int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED, code text UNIQUE DEFERRABLE);
                """);
        // what a failed CREATE INDEX CONCURRENTLY leaves behind: an invalid index
        assertThatThrownBy(() -> db.execute("CREATE UNIQUE INDEX CONCURRENTLY dupes_v ON dupes (v)"))
                .hasMessageContaining("could not create unique index");
        boolean nullsNotDistinct = Integer.parseInt(db.queryString("SHOW server_version_num")) >= 150000;
        if (nullsNotDistinct) { // PostgreSQL 15 and newer
            db.execute("CREATE UNIQUE INDEX accounts_owner_nnd ON accounts (owner) NULLS NOT DISTINCT");
        }
        Inspection inspection;
        try (Connection c = db.connect()) {
            inspection = Inspector.inspect(c, List.of("public"));
        }
        assertThat(inspection.schema().tables()).extracting(t -> t.name().name())
                .containsExactly("accounts", "deferred_keys", "dupes", "events", "parent", "serials");
        assertThat(inspection.notManaged()).extracting(n -> n.kind() + " " + n.name()).contains(
                "view active_accounts", "materialized view account_counts", "sequence invoice_numbers",
                "domain positive", "composite type pair", "function touch()", "trigger accounts.accounts_touch",
                "row level security accounts", "policy accounts.accounts_own", "rule accounts.accounts_no_delete",
                "partition events_2026", "partitioning events", "inheritance child",
                "exclusion constraint accounts.accounts_period_excl", "column collation accounts.email");
        // the options of a managed table's indexes and keys are no notes: the fidelity guard compares
        // them (fingerprints); a table dibs does not manage keeps its notes, and an invalid index is said
        assertThat(inspection.notManaged()).filteredOn(n -> n.kind().equals("index option"))
                .extracting(n -> n.name() + ": " + n.detail())
                .containsExactly("child_extra: WITH (fillfactor=60)",
                        "dupes_v: INVALID (a failed concurrent build: drop and re-create it)");
        assertThat(inspection.notManaged()).filteredOn(n -> n.kind().equals("constraint option")).isEmpty();
        QualifiedName accounts = new QualifiedName("public", "accounts");
        Fingerprints prints = inspection.fingerprints();
        assertThat(prints.index(accounts, "accounts_email_pattern").orElseThrow().operatorClasses()).containsExactly("text_pattern_ops");
        assertThat(prints.index(accounts, "accounts_email_pattern").orElseThrow().definition())
                .isEqualTo("USING btree (email text_pattern_ops)");
        assertThat(prints.index(accounts, "accounts_owner_fill").orElseThrow().options()).containsExactly("fillfactor=70");
        assertThat(prints.index(accounts, "accounts_owner_c").orElseThrow().collations()).containsExactly("C");
        assertThat(prints.index(accounts, "accounts_email").orElseThrow().operatorClasses()).containsExactly((String) null);
        QualifiedName deferredKeys = new QualifiedName("public", "deferred_keys");
        assertThat(prints.constraint(deferredKeys, "deferred_keys_pkey").orElseThrow().deferred()).isTrue();
        assertThat(prints.constraint(deferredKeys, "deferred_keys_code_key").orElseThrow())
                .satisfies(k -> assertThat(k.deferrable() && !k.deferred()).isTrue());
        assertThat(prints.table(new QualifiedName("public", "events")).orElseThrow())
                .satisfies(t -> assertThat(t.kind() + " " + t.partitionKey()).isEqualTo("p RANGE (at)"));
        assertThat(prints.tables()).doesNotContainKey(new QualifiedName("public", "child"));
        if (nullsNotDistinct) {
            assertThat(prints.index(accounts, "accounts_owner_nnd").orElseThrow().nullsNotDistinct()).isTrue();
            assertThat(prints.index(accounts, "accounts_owner_nnd").orElseThrow().definition())
                    .isEqualTo("UNIQUE USING btree (owner) NULLS NOT DISTINCT");
        }
        assertThat(inspection.notManaged()).noneMatch(n -> n.name().contains("__dibs") || n.name().contains("serials_id_seq"));
        assertThat(inspection.notManaged()).filteredOn(n -> n.kind().equals("partitioning"))
                .singleElement().satisfies(n -> assertThat(n.detail()).isEqualTo("RANGE (at)"));
        assertThat(inspection.schema().table(new QualifiedName("public", "serials")).orElseThrow()
                .column("id").orElseThrow().defaultExpression()).isEqualTo("nextval('public.serials_id_seq'::regclass)");
    }

    /**
     * Grants are not managed, never silently ignored: what differs from the owner's defaults (for a
     * schema, from what initdb gave it) is a note, for relations, columns, schemas, types,
     * functions and default privileges alike.
     */
    @Test
    void reportsPrivilegesThatAreNotTheOwnersDefaults(TestDatabase db) throws Exception {
        String reader = "reader_" + ProcessHandle.current().pid();
        db.execute("CREATE ROLE " + reader + ";"
                + " CREATE TABLE granted (id int, secret text); GRANT SELECT ON granted TO " + reader + ";"
                + " GRANT UPDATE (secret) ON granted TO " + reader + " WITH GRANT OPTION;"
                + " CREATE TABLE revoked (id int); REVOKE TRUNCATE ON revoked FROM CURRENT_USER;"
                + " CREATE TABLE regranted (id int); GRANT SELECT ON regranted TO " + reader + ";"
                + " REVOKE SELECT ON regranted FROM " + reader + "; CREATE TABLE plain (id int);"
                + " CREATE SEQUENCE counter; GRANT USAGE ON SEQUENCE counter TO PUBLIC;"
                + " GRANT USAGE ON SCHEMA public TO " + reader + "; CREATE TYPE mood AS ENUM ('ok');"
                + " GRANT USAGE ON TYPE mood TO " + reader + "; CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1';"
                + " REVOKE EXECUTE ON FUNCTION one() FROM PUBLIC;"
                + " ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO " + reader);
        try {
            Inspection inspection;
            try (Connection c = db.connect()) {
                inspection = Inspector.inspect(c, List.of("public"));
            }
            assertThat(inspection.notManaged()).filteredOn(n -> n.kind().equals("privileges"))
                    .extracting(n -> n.name() + ": " + n.detail())
                    .containsExactlyInAnyOrder(
                            "counter: granted PUBLIC: USAGE",
                            "granted: column secret " + reader + ": UPDATE WITH GRANT OPTION; granted " + reader + ": SELECT",
                            "revoked: revoked owner: TRUNCATE",
                            "schema public: granted " + reader + ": USAGE",
                            "type mood: granted " + reader + ": USAGE",
                            "function one(): revoked PUBLIC: EXECUTE",
                            "default privileges of " + db.queryString("SELECT current_user") + " on tables: granted " + reader
                                    + ": SELECT");
        } finally {
            db.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM " + reader
                    + "; DROP OWNED BY " + reader + "; DROP ROLE " + reader);
        }
    }
}
