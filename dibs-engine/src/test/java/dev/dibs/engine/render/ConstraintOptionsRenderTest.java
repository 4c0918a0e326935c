package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.plan.Hazard.INDEX_BUILD;
import static dev.dibs.engine.plan.Hazard.VALIDATES_EXISTING_ROWS;
import static dev.dibs.engine.render.Rendering.EXISTING;
import static dev.dibs.engine.render.Rendering.creating;
import static dev.dibs.engine.render.Rendering.inTx;
import static dev.dibs.engine.render.Rendering.render;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.notNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.AddCheck;
import dev.dibs.engine.diff.SchemaChange.AddExclusion;
import dev.dibs.engine.diff.SchemaChange.AddPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.AddUnique;
import dev.dibs.engine.diff.SchemaChange.DropExclusion;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every option of a key, check or exclusion constraint is written, in PostgreSQL's order. */
class ConstraintOptionsRenderTest {

    private static final UniqueConstraint FULL_UNIQUE = new UniqueConstraint("t_a_key", List.of("a"), true, List.of("b"),
            List.of("fillfactor=70", "deduplicate_items=off"), Deferrability.INITIALLY_DEFERRED);

    @Test
    void aUniqueAndAPrimaryKeyCarryEachOption() {
        SchemaChange unique = new AddUnique(name("t"), FULL_UNIQUE);
        SchemaChange pk = new AddPrimaryKey(name("t"), new PrimaryKey("t_pkey", List.of("id"), List.of("b"), List.of("fillfactor=80"),
                Deferrability.INITIALLY_IMMEDIATE));

        assertThat(render(unique, EXISTING)).containsExactly(inTx("ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE NULLS NOT"
                + " DISTINCT (a) INCLUDE (b) WITH (deduplicate_items=off, fillfactor=70) DEFERRABLE INITIALLY DEFERRED", unique,
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS));
        assertThat(render(pk, creating(name("t")))).containsExactly(inTx("ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id)"
                + " INCLUDE (b) WITH (fillfactor=80) DEFERRABLE INITIALLY IMMEDIATE", pk, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    @Test
    void aCheckKeepsNoInheritBeforeNotValid() {
        SchemaChange c = new AddCheck(name("t"), new Check("t_a_check", "(a > 0)", true, true, true));

        assertThat(render(c, EXISTING).get(0).sql()).isEqualTo("ALTER TABLE public.t ADD CONSTRAINT t_a_check CHECK ((a > 0)) NO INHERIT NOT VALID");
    }

    @Test
    void anExclusionOnAnExistingTableIsHazardousLikeAUnique() {
        Exclusion x = new Exclusion("t_no_overlap", "EXCLUDE USING gist (r WITH &&) WHERE ((a > 0))");
        SchemaChange add = new AddExclusion(name("t"), x);
        SchemaChange drop = new DropExclusion(name("t"), x);

        assertThat(render(add, EXISTING)).containsExactly(inTx("ALTER TABLE public.t ADD CONSTRAINT t_no_overlap EXCLUDE USING gist"
                + " (r WITH &&) WHERE ((a > 0))", add, ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS));
        assertThat(render(add, creating(name("t")))).containsExactly(inTx("ALTER TABLE public.t ADD CONSTRAINT t_no_overlap EXCLUDE"
                + " USING gist (r WITH &&) WHERE ((a > 0))", add, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
        assertThat(render(drop, EXISTING)).containsExactly(inTx("ALTER TABLE public.t DROP CONSTRAINT t_no_overlap", drop,
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    @Test
    void aNewTableWritesItsExclusionsAndKeyOptionsInline() {
        Table t = Models.table("t").columns(notNull("id", "integer"), notNull("a", "integer"), notNull("b", "integer")).build()
                .withUniques(List.of(FULL_UNIQUE)).withExclusions(List.of(new Exclusion("t_x", "EXCLUDE USING btree (a WITH =)")));

        assertThat(Sql.createTable(t, true)).contains("CONSTRAINT t_a_key UNIQUE NULLS NOT DISTINCT (a) INCLUDE (b)"
                + " WITH (deduplicate_items=off, fillfactor=70) DEFERRABLE INITIALLY DEFERRED,\n    CONSTRAINT t_x EXCLUDE USING btree (a WITH =)");
        // the create script adds exclusions as statements of their own, each naming its annotation
        assertThat(Sql.createTable(t, false)).doesNotContain("EXCLUDE");
    }

    @Test
    void storageParameterValuesThatAreNotPlainAreWrittenAsLiterals() {
        assertThat(Sql.storageParameters(List.of("fillfactor=70", "buffering=auto", "x=-1.5", "odd=a b", "quote=it's")))
                .isEqualTo("(fillfactor=70, buffering=auto, x=-1.5, odd='a b', quote='it''s')");
    }
}
