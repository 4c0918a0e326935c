package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.plan.Hazard.INDEX_BUILD;
import static dev.dibs.engine.plan.Hazard.VALIDATES_EXISTING_ROWS;
import static dev.dibs.engine.render.Rendering.EXISTING;
import static dev.dibs.engine.render.Rendering.creating;
import static dev.dibs.engine.render.Rendering.existing;
import static dev.dibs.engine.render.Rendering.in;
import static dev.dibs.engine.render.Rendering.inTx;
import static dev.dibs.engine.render.Rendering.render;
import static dev.dibs.engine.testing.Models.fk;
import static dev.dibs.engine.testing.Models.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.plan.TransactionMode;
import dev.dibs.engine.diff.SchemaChange.AddCheck;
import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.AddUnique;
import dev.dibs.engine.diff.SchemaChange.DropCheck;
import dev.dibs.engine.diff.SchemaChange.DropForeignKey;
import dev.dibs.engine.diff.SchemaChange.DropPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.DropUnique;
import dev.dibs.engine.diff.SchemaChange.RenameConstraint;
import dev.dibs.engine.diff.SchemaChange.ValidateConstraint;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.ReferentialAction;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.plan.PlanOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys and constraints: hazards on existing tables, NOT VALID then VALIDATE by default. */
class ConstraintRenderTest {

    private static final PlanOptions IN_ONE_STATEMENT = new PlanOptions(false, false);

    @Test
    void keyOnAnExistingTableBuildsAnIndexAndChecksRowsOnANewTableOnlyLocks() {
        SchemaChange pk = new AddPrimaryKey(name("orgs"), new PrimaryKey("orgs_pkey", List.of("id")));
        SchemaChange unique = new AddUnique(name("orgs"), new UniqueConstraint("orgs_code_key", List.of("code", "region")));

        assertThat(render(pk, EXISTING)).containsExactly(inTx("ALTER TABLE public.orgs ADD CONSTRAINT orgs_pkey PRIMARY KEY (id)", pk,
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS));
        assertThat(render(unique, EXISTING)).containsExactly(inTx(
                "ALTER TABLE public.orgs ADD CONSTRAINT orgs_code_key UNIQUE (code, region)", unique,
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, VALIDATES_EXISTING_ROWS));
        assertThat(render(pk, creating(name("orgs")))).containsExactly(inTx(
                "ALTER TABLE public.orgs ADD CONSTRAINT orgs_pkey PRIMARY KEY (id)", pk, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    @Test
    void checkOnAnExistingTableIsAddedNotValidThenValidated() {
        SchemaChange c = new AddCheck(name("users"), new Check("users_age_check", "(age >= 0)"));

        assertThat(render(c, EXISTING)).containsExactly(
                inTx("ALTER TABLE public.users ADD CONSTRAINT users_age_check CHECK ((age >= 0)) NOT VALID", c,
                        ACQUIRES_ACCESS_EXCLUSIVE_LOCK),
                in(TransactionMode.AFTER_TRANSACTION, "ALTER TABLE public.users VALIDATE CONSTRAINT users_age_check", c, VALIDATES_EXISTING_ROWS));
    }

    @Test
    void checkInOneStatementWhenAskedAndOnANewTable() {
        SchemaChange c = new AddCheck(name("users"), new Check("users_age_check", "(age >= 0)"));

        assertThat(render(c, existing(IN_ONE_STATEMENT))).containsExactly(inTx(
                "ALTER TABLE public.users ADD CONSTRAINT users_age_check CHECK ((age >= 0))", c,
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK, VALIDATES_EXISTING_ROWS));
        // a table the plan creates is locked by nobody else (the plan cases' watch sees no new lock)
        assertThat(render(c, creating(name("users")))).containsExactly(inTx(
                "ALTER TABLE public.users ADD CONSTRAINT users_age_check CHECK ((age >= 0))", c));
    }

    @Test
    void checkWantedNotValidOrNotEnforcedIsNeverValidated() {
        SchemaChange notValid = new AddCheck(name("t"), new Check("t_a_check", "(a > 0)", false));
        SchemaChange notEnforced = new AddCheck(name("t"), new Check("t_a_check", "(a > 0)", false, false));

        assertThat(render(notValid, EXISTING)).containsExactly(inTx(
                "ALTER TABLE public.t ADD CONSTRAINT t_a_check CHECK ((a > 0)) NOT VALID", notValid, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
        assertThat(render(notEnforced, EXISTING)).containsExactly(inTx(
                "ALTER TABLE public.t ADD CONSTRAINT t_a_check CHECK ((a > 0)) NOT ENFORCED", notEnforced, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    @Test
    void foreignKeyOnAnExistingTableIsAddedNotValidThenValidatedWithoutAnExclusiveLock() {
        ForeignKey key = new ForeignKey("users_org_id_fkey", List.of("org_id"), name("orgs"), List.of("id"),
                ReferentialAction.CASCADE, ReferentialAction.SET_NULL, Deferrability.INITIALLY_DEFERRED);
        SchemaChange c = new AddForeignKey(name("users"), key);

        assertThat(render(c, EXISTING)).containsExactly(
                inTx("ALTER TABLE public.users ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs (id)"
                        + " ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED NOT VALID", c),
                in(TransactionMode.AFTER_TRANSACTION, "ALTER TABLE public.users VALIDATE CONSTRAINT users_org_id_fkey", c, VALIDATES_EXISTING_ROWS));
    }

    @Test
    void foreignKeyInOneStatementOnANewTableOrNotValidAsWanted() {
        SchemaChange plain = new AddForeignKey(name("users"), fk("users_org_id_fkey", "org_id", "orgs", "id"));
        SchemaChange notValid = new AddForeignKey(name("users"), new ForeignKey("users_org_id_fkey", List.of("org_id"), name("orgs"),
                List.of("id"), null, null, null, false));
        String add = "ALTER TABLE public.users ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs (id)";

        assertThat(render(plain, existing(IN_ONE_STATEMENT))).containsExactly(inTx(add, plain, VALIDATES_EXISTING_ROWS));
        assertThat(render(plain, creating(name("users")))).containsExactly(inTx(add, plain));
        assertThat(render(notValid, EXISTING)).containsExactly(inTx(add + " NOT VALID", notValid));
    }

    @Test
    void droppedConstraintsOfEveryKindLock() {
        SchemaChange pk = new DropPrimaryKey(name("t"), new PrimaryKey("t_pkey", List.of("id")));
        SchemaChange unique = new DropUnique(name("t"), new UniqueConstraint("t_a_key", List.of("a")));
        SchemaChange check = new DropCheck(name("t"), new Check("t_a_check", "(a > 0)"));
        SchemaChange key = new DropForeignKey(name("t"), fk("t_a_fkey", "a", "u", "id"));

        assertThat(List.of(pk, unique, check, key)).flatExtracting(c -> render(c, EXISTING)).containsExactly(
                inTx("ALTER TABLE public.t DROP CONSTRAINT t_pkey", pk, ACQUIRES_ACCESS_EXCLUSIVE_LOCK),
                inTx("ALTER TABLE public.t DROP CONSTRAINT t_a_key", unique, ACQUIRES_ACCESS_EXCLUSIVE_LOCK),
                inTx("ALTER TABLE public.t DROP CONSTRAINT t_a_check", check, ACQUIRES_ACCESS_EXCLUSIVE_LOCK),
                inTx("ALTER TABLE public.t DROP CONSTRAINT t_a_fkey", key, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    @Test
    void validateAndRenameConstraint() {
        SchemaChange validate = new ValidateConstraint(name("t"), "t_a_check");
        SchemaChange rename = new RenameConstraint(name("t"), "old_pkey", "t_pkey");

        assertThat(render(validate, EXISTING)).containsExactly(in(TransactionMode.AFTER_TRANSACTION, 
                "ALTER TABLE public.t VALIDATE CONSTRAINT t_a_check", validate, VALIDATES_EXISTING_ROWS));
        assertThat(render(rename, EXISTING)).containsExactly(inTx(
                "ALTER TABLE public.t RENAME CONSTRAINT old_pkey TO t_pkey", rename, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }
}
