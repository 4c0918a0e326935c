package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Collation;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What uses a collation, as PostgreSQL would refuse to drop it under: its columns, index keys and
 * domains, and the expressions naming it after COLLATE (an index expression has no key collation of
 * its own). A redefinition under any of them is refused before anything runs; unused, it is a drop
 * and a create.
 */
class CollationUsesTest {

    private static final QualifiedName NUMERIC = new QualifiedName("public", "numeric");
    private static final Collation OLD = new Collation(NUMERIC, "icu", "en-u-kn-true", null, null, true, null, null);
    private static final Collation NEW = new Collation(NUMERIC, "icu", "de-u-kn-true", null, null, true, null, null);

    @Test
    void collateFollowedByTheNameAloneCounts() {
        assertThat(CollationUses.in("(lower(name) COLLATE public.\"numeric\")", NUMERIC)).isTrue();
        assertThat(CollationUses.in("name COLLATE public.\"numeric\"", NUMERIC)).isTrue();
        assertThat(CollationUses.in("name COLLATE public.\"numeric\"x", NUMERIC)).isFalse();
        assertThat(CollationUses.in("name COLLATE public.numerical", new QualifiedName("public", "numeric"))).isFalse();
        assertThat(CollationUses.in(null, NUMERIC)).isFalse();
    }

    @Test
    void anIndexExpressionADomainAndAViewAreUsers() {
        Table t = table("items").columns(col("id", "integer"), col("name", "text"))
                .index(new Index("items_name", List.of(new IndexKey(null, "(lower(name) COLLATE public.\"numeric\")", false, false)), false, null,
                        "btree", List.of()))
                .build();
        Domain d = new Domain(new QualifiedName("public", "label"), "text", "public.\"numeric\"", null, false, List.of(), null);
        Schema current = new Schema(List.of("public"), List.of(t), List.of()).withDomains(List.of(d)).withCollations(List.of(OLD));

        assertThat(CollationUses.of(NUMERIC, current.tables(), current.domains(), CollationUses.texts(current)))
                .containsExactly("index public.items_name", "domain public.label");
        CollationRefused e = catchThrowableOfType(CollationRefused.class,
                () -> SchemaDiffer.diff(current, current.withCollations(List.of(NEW)), RenameHints.none(), 17));
        assertThat(e).hasMessageContaining("while index public.items_name, domain public.label use it");
    }

    /** The provider is written bare after {@code provider =}: only PostgreSQL's three names are a collation's. */
    @Test
    void aProviderIsOneOfPostgresqlsNames() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Collation(NUMERIC, "icu); DROP TABLE t; --", "en", null, null,
                true, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnusedOneIsDroppedAndCreatedAgain() {
        Schema current = new Schema(List.of("public"), List.of(), List.of()).withCollations(List.of(OLD));
        assertThat(SchemaDiffer.diff(current, current.withCollations(List.of(NEW)), RenameHints.none(), 17).changes())
                .extracting(c -> c.getClass().getSimpleName()).containsExactly("DropCollation", "CreateCollation");
    }
}
