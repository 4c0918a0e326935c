package dev.dibs.engine.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.DibsException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgreSQL's own schemas are never managed; the user's are, whatever they are called. */
class ManagedSchemasTest {

    @Test
    void systemSchemasAreRefusedNamingTheParameter() {
        for (String system : List.of("pg_catalog", "information_schema", "pg_toast", "pg_temp_3")) {
            assertThatThrownBy(() -> ManagedSchemas.checked(List.of("public", system)))
                    .isInstanceOf(DibsException.class)
                    .hasMessage("schemas names \"" + system + "\", a PostgreSQL system schema, which dibs cannot manage: "
                            + "remove it from the schemas parameter (dibs.schemas) and list only your application's schemas.");
        }
    }

    @Test
    void applicationSchemasPass() {
        List<String> schemas = List.of("public", "app", "PG_upper", "pgsql", "catalog");
        assertThat(ManagedSchemas.checked(schemas)).isEqualTo(schemas);
    }
}
