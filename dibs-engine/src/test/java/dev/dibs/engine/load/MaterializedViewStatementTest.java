package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a CREATE MATERIALIZED VIEW declaration says beside its query, read from its tokens. */
class MaterializedViewStatementTest {

    @Test
    void withDataIsTheDefaultAndTheScratchBuildAlwaysHasNone() {
        String plain = "CREATE MATERIALIZED VIEW m AS SELECT 1 AS one";
        String with = "CREATE MATERIALIZED VIEW m AS SELECT 1 AS one\n  WITH   DATA";
        String without = "create materialized view m as select 'with no data' as t with no data -- later";
        assertThat(MaterializedViewStatement.declaresData(plain)).isTrue();
        assertThat(MaterializedViewStatement.declaresData(with)).isTrue();
        assertThat(MaterializedViewStatement.declaresData(without)).isFalse();
        assertThat(MaterializedViewStatement.withNoData(plain)).isEqualTo(plain + "\nWITH NO DATA");
        assertThat(MaterializedViewStatement.withNoData(with)).isEqualTo("CREATE MATERIALIZED VIEW m AS SELECT 1 AS one\nWITH NO DATA");
        // the string literal is no clause: only the statement's own trailing words are
        assertThat(MaterializedViewStatement.withNoData(without))
                .isEqualTo("create materialized view m as select 'with no data' as t\nWITH NO DATA");
        // a trailing comment would swallow a clause written after it on its line: the query would run while building
        assertThat(MaterializedViewStatement.withNoData("CREATE MATERIALIZED VIEW m AS SELECT boom() AS a -- a note"))
                .isEqualTo("CREATE MATERIALIZED VIEW m AS SELECT boom() AS a\nWITH NO DATA");
        assertThat(MaterializedViewStatement.declaresData("CREATE MATERIALIZED VIEW m AS SELECT 'x WITH NO DATA' AS t")).isTrue();
    }

    @Test
    void theNameGoesToTheFirstManagedSchemaWhenUnqualified() {
        List<String> schemas = List.of("app", "public");
        assertThat(MaterializedViewStatement.name("CREATE MATERIALIZED VIEW Sales AS SELECT 1", schemas))
                .isEqualTo(new QualifiedName("app", "sales"));
        assertThat(MaterializedViewStatement.name("CREATE MATERIALIZED VIEW IF NOT EXISTS \"Rep\".\"Sales\" AS SELECT 1", schemas))
                .isEqualTo(new QualifiedName("Rep", "Sales"));
    }
}
