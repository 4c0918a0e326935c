package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.plan.TransactionMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where generated migrations go: only under the source folder, only in a package Java can compile. */
class MigrationGeneratorTest {

    @TempDir
    Path dir;

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 30, 3, 0, 0, 0, ZoneOffset.UTC);

    private static Plan plan() {
        SchemaChange change = new SchemaChange.CreateSchema("billing");
        return new Plan(List.of(change), List.of(new Statement("CREATE SCHEMA billing", change, Set.of(), TransactionMode.IN_TRANSACTION)),
                List.of());
    }

    @Test
    void writesIntoThePackageFolderUnderTheSourceRoot() throws Exception {
        Path root = Files.createDirectories(dir.resolve("module/src/main/java"));

        List<Path> written = MigrationGenerator.write(plan(), root, "com.acme.migrations", "add_billing", NOW);

        assertThat(written).containsExactly(root.resolve("com/acme/migrations/V20261130030000_AddBilling.java"));
        assertThat(Files.readString(written.get(0))).startsWith("package com.acme.migrations;");
    }

    @Test
    void aPackageWithDotDotIsRefusedAndNothingIsWrittenAnywhere() throws Exception {
        Path root = Files.createDirectories(dir.resolve("module/src/main/java"));

        assertThatThrownBy(() -> MigrationGenerator.write(plan(), root, "../../evil", "ok", NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The migrations package \"../../evil\" is not a Java package name: write dot-separated Java"
                        + " identifiers that are not keywords, e.g. com.acme.migrations.");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aPackageWithAKeywordIsRefused() throws Exception {
        Path root = Files.createDirectories(dir.resolve("src"));

        assertThatThrownBy(() -> MigrationGenerator.write(plan(), root, "com.x.class", "ok", NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"com.x.class\" is not a Java package name");
        assertThat(Files.exists(root.resolve("com/x/class"))).isFalse();
    }

    /**
     * A validation goes into a migration of its own, after the one that adds the constraint {@code NOT
     * VALID}: each migration runs in its own transaction, so the scan is not under the {@code ADD}'s lock.
     */
    @Test
    void validationsAreAMigrationOfTheirOwnAfterTheRest() {
        SchemaChange add = new SchemaChange.CreateSchema("billing");
        SchemaChange validate = new SchemaChange.ValidateConstraint(new dev.dibs.engine.model.QualifiedName("public", "users"),
                "users_age_check");
        Plan plan = new Plan(List.of(add, validate), List.of(
                new Statement("ALTER TABLE public.users ADD CONSTRAINT users_age_check CHECK ((age >= 0)) NOT VALID", add, Set.of(),
                        TransactionMode.IN_TRANSACTION),
                new Statement("ALTER TABLE public.users VALIDATE CONSTRAINT users_age_check", validate,
                        Set.of(dev.dibs.engine.plan.Hazard.VALIDATES_EXISTING_ROWS), TransactionMode.AFTER_TRANSACTION)), List.of());

        List<MigrationGenerator.Generated> classes = MigrationGenerator.render(plan, dir, "m", "age_check", NOW, "Doc.");

        assertThat(classes).extracting(MigrationGenerator.Generated::id)
                .containsExactly("20261130030000_age_check", "20261130030001_age_check_validate");
        assertThat(classes.get(0).source()).contains("NOT VALID").doesNotContain("VALIDATE CONSTRAINT");
        assertThat(classes.get(1).source()).contains("@Migration(\"20261130030001_age_check_validate\")")
                .contains("// hazards: VALIDATES_EXISTING_ROWS\n        ctx.execute(\"ALTER TABLE public.users VALIDATE CONSTRAINT users_age_check\");")
                .contains("It validates the constraints left NOT VALID (by the migration before, or found so), in a transaction of its own");
    }
}
