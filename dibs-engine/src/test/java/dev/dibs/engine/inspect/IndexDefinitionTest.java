package dev.dibs.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * indexes.sql calls {@code pg_get_indexdef} only where it could print more than names and sort
 * words; for every other index dibs writes the definition itself. Over many index shapes, each
 * fingerprint must be exactly what PostgreSQL prints, and the model's operator classes and
 * collations exactly those PostgreSQL prints as not default.
 */
@WithPostgres
class IndexDefinitionTest {

    private static final String DDL = """
            CREATE DOMAIN public.code AS text;
            CREATE DOMAIN public.short_code AS public.code;
            CREATE TYPE public.mood AS ENUM ('a', 'b');
            CREATE TABLE public.shapes (
                id bigint PRIMARY KEY,
                "Weird Col" text,
                "user" integer,
                name varchar(40),
                fixed char(3),
                c public.code,
                sc public.short_code,
                m public.mood,
                doc jsonb,
                tags text[],
                span int4range,
                at timestamptz,
                n numeric,
                net cidr,
                CONSTRAINT shapes_name_key UNIQUE (name) INCLUDE (n),
                CONSTRAINT shapes_pair_key UNIQUE ("user", at)
            );
            CREATE INDEX s_plain ON public.shapes (at);
            CREATE UNIQUE INDEX s_unique_desc ON public.shapes (n DESC, "user" NULLS FIRST);
            CREATE INDEX s_desc_nulls_last ON public.shapes (at DESC NULLS LAST, n ASC NULLS LAST);
            CREATE INDEX s_quoted ON public.shapes ("Weird Col", "user") INCLUDE (at, "Weird Col");
            CREATE INDEX s_varchar ON public.shapes (name);
            CREATE INDEX s_varchar_pattern ON public.shapes (name varchar_pattern_ops);
            CREATE INDEX s_text_pattern ON public.shapes ("Weird Col" text_pattern_ops);
            CREATE INDEX s_bpchar ON public.shapes (fixed);
            CREATE INDEX s_domain ON public.shapes (c);
            CREATE INDEX s_domain_of_domain ON public.shapes (sc);
            CREATE INDEX s_enum ON public.shapes (m);
            CREATE INDEX s_collated ON public.shapes ("Weird Col" COLLATE "C");
            CREATE INDEX s_partial ON public.shapes ("user") WHERE n > 0 AND "Weird Col" IS NOT NULL;
            CREATE INDEX s_partial_bool ON public.shapes (id) WHERE "user" IS NULL;
            CREATE INDEX s_expression ON public.shapes (lower("Weird Col"), (n + 1));
            CREATE INDEX s_with ON public.shapes (at) WITH (fillfactor = 70);
            CREATE INDEX s_hash ON public.shapes USING hash (name);
            CREATE INDEX s_hash_int ON public.shapes USING hash ("user");
            CREATE INDEX s_gin ON public.shapes USING gin (doc);
            CREATE INDEX s_gin_path ON public.shapes USING gin (doc jsonb_path_ops);
            CREATE INDEX s_gin_array ON public.shapes USING gin (tags);
            CREATE INDEX s_gist_range ON public.shapes USING gist (span);
            CREATE INDEX s_brin ON public.shapes USING brin (at);
            CREATE INDEX s_brin_minmax_multi ON public.shapes USING brin (n numeric_minmax_multi_ops);
            CREATE INDEX s_spgist ON public.shapes USING spgist ("Weird Col");
            CREATE INDEX s_cidr ON public.shapes (net);
            CREATE INDEX s_cidr_inet_ops ON public.shapes (net inet_ops);
            CREATE INDEX s_int4_as_int8 ON public.shapes (("user"::bigint) int8_ops);
            """;

    private static final String NULLS_NOT_DISTINCT = """
            CREATE UNIQUE INDEX s_nulls_not_distinct ON public.shapes (name, n) NULLS NOT DISTINCT;
            ALTER TABLE public.shapes ADD CONSTRAINT shapes_nnd_key UNIQUE NULLS NOT DISTINCT ("user", n);
            """;

    @Test
    void writtenDefinitionsAreWhatPostgresPrints(TestDatabase db) throws Exception {
        db.execute(DDL);
        Map<String, String> printed;
        Inspection inspection;
        try (Connection c = db.connect()) {
            if (c.getMetaData().getDatabaseMajorVersion() >= 15) {
                db.execute(NULLS_NOT_DISTINCT);
            }
            printed = postgresDefinitions(c);
            inspection = Inspector.inspect(c, List.of("public"));
        }
        QualifiedName shapes = new QualifiedName("public", "shapes");
        assertThat(printed).hasSizeGreaterThan(30);
        printed.forEach((index, definition) -> assertThat(inspection.fingerprints().index(shapes, index))
                .as(index).hasValueSatisfying(print -> assertThat(print.definition()).isEqualTo(definition)));
        assertThat(inspection.fingerprints().indexes().keySet()).hasSameSizeAs(printed.keySet());

        // classes and collations the model has are exactly those PostgreSQL prints as not default
        Map<String, Index> indexes = new HashMap<>();
        inspection.schema().table(shapes).orElseThrow().indexes().forEach(i -> indexes.put(i.name(), i));
        assertThat(indexes.get("s_varchar").keys().get(0).opclass()).isNull();
        assertThat(indexes.get("s_domain").keys().get(0).opclass()).isNull();
        assertThat(indexes.get("s_domain_of_domain").keys().get(0).opclass()).isNull();
        assertThat(indexes.get("s_hash").keys().get(0).opclass()).isNull();
        assertThat(indexes.get("s_varchar_pattern").keys().get(0).opclass()).isEqualTo("varchar_pattern_ops");
        // a cidr key's default class is inet_ops (binary-compatible): PostgreSQL prints none, said or not
        assertThat(indexes.get("s_cidr").keys().get(0).opclass()).isNull();
        assertThat(indexes.get("s_cidr_inet_ops").keys().get(0).opclass()).isNull();
        assertThat(indexes.get("s_int4_as_int8").keys().get(0).opclass()).isNull();
        assertThat(indexes.get("s_gin_path").keys().get(0).opclass()).isEqualTo("jsonb_path_ops");
        assertThat(indexes.get("s_collated").keys().get(0).collation()).isEqualTo("\"C\"");
        assertThat(indexes.get("s_quoted").include()).containsExactly("at", "Weird Col");
        assertThat(indexes.get("s_expression").keys().get(1).expression()).isEqualTo("((n + (1)::numeric))");
    }

    /** Each index of public.shapes as fingerprints keep it, straight from pg_get_indexdef. */
    private static Map<String, String> postgresDefinitions(Connection c) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Statement set = c.createStatement()) {
            set.execute("SET search_path = pg_catalog");
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT i.relname, x.indisunique, pg_get_indexdef(x.indexrelid) AS def,
                       'CREATE ' || CASE WHEN x.indisunique THEN 'UNIQUE ' ELSE '' END || 'INDEX ' || quote_ident(i.relname)
                       || ' ON ' || x.indrelid::regclass::text || ' ' AS head
                  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                 WHERE x.indrelid = 'public.shapes'::regclass""")) {
            while (rs.next()) {
                String def = rs.getString("def");
                String head = rs.getString("head");
                assertThat(def).startsWith(head);
                out.put(rs.getString("relname"), (rs.getBoolean("indisunique") ? "UNIQUE " : "") + def.substring(head.length()));
            }
        }
        return out;
    }
}
