package dev.dibs.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** A system schema in {@code schemas} fails the build before the goal does anything (no project, no database here). */
class SchemasParameterTest {

    @Test
    void aSystemSchemaFailsTheGoalNamingTheParameter() {
        DiffMojo mojo = new DiffMojo(null);
        mojo.schemas = List.of("public", "pg_catalog");
        MojoFailureException e = catchThrowableOfType(MojoFailureException.class, mojo::execute);
        assertThat(e).as("pg_catalog must be refused before run()").isNotNull();
        assertThat(e.getMessage()).startsWith("schemas lists \"pg_catalog\", a system schema PostgreSQL reserves")
                .contains("name your own schemas");
    }
}
