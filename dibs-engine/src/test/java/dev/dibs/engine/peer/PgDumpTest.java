package dev.dibs.engine.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The peer suite's reading of pg_dump output: one view printed two ways reads the same. */
class PgDumpTest {

    private static final String PLAIN = """
            --
            -- Name: v; Type: VIEW; Schema: public; Owner: postgres
            --

            CREATE VIEW public.v AS
             SELECT t.id,
                t.a
               FROM public.t
              GROUP BY t.id;


            ALTER TABLE public.v OWNER TO postgres;
            """;

    /** What pg_dump prints when the view is in a dependency loop (it relies on t's primary key). */
    private static final String WITH_RULE = """
            --
            -- Name: v; Type: VIEW; Schema: public; Owner: postgres
            --

            CREATE VIEW public.v AS
            SELECT
                NULL::integer AS id,
                NULL::text AS a;


            ALTER TABLE public.v OWNER TO postgres;

            --
            -- Name: v _RETURN; Type: RULE; Schema: public; Owner: postgres
            --

            CREATE OR REPLACE VIEW public.v AS
             SELECT t.id,
                t.a
               FROM public.t
              GROUP BY t.id;
            """;

    @Test
    void aViewsReturnRuleIsFoldedIntoTheView() {
        List<DumpEntry> plain = PgDump.parse(PLAIN);
        List<DumpEntry> folded = PgDump.parse(WITH_RULE);

        assertThat(folded).as("the rule entry is gone, its query in the view's").hasSize(1);
        assertThat(folded).isEqualTo(plain);
        assertThat(folded.get(0).sql()).startsWith("CREATE VIEW public.v AS\nSELECT t.id,").endsWith("OWNER TO postgres;");
    }

    @Test
    void anotherRuleStaysAnEntryOfItsOwn() {
        List<DumpEntry> entries = PgDump.parse(PLAIN + """
                --
                -- Name: t keep; Type: RULE; Schema: public; Owner: postgres
                --

                CREATE RULE keep AS ON DELETE TO public.t DO INSTEAD NOTHING;
                """);

        assertThat(entries).extracting(DumpEntry::type).containsExactly("VIEW", "RULE");
    }
}
