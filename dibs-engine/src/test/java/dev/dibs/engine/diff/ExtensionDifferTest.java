package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AlterExtension;
import dev.dibs.engine.diff.SchemaChange.CreateExtension;
import dev.dibs.engine.diff.SchemaChange.DropExtension;
import dev.dibs.engine.model.Extension;
import dev.dibs.engine.model.Schema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extensions by name: created, dropped, changed in place, or re-created when they cannot move. */
class ExtensionDifferTest {

    private static List<SchemaChange> diff(List<Extension> current, List<Extension> desired) {
        List<SchemaChange> out = new ArrayList<>();
        Schema empty = schema().withNamespaces(List.of("public", "app"));
        ExtensionDiffer.diff(empty.withExtensions(current), empty.withExtensions(desired), out);
        return out;
    }

    private static Extension ext(String name, String schema, String version, boolean relocatable) {
        return new Extension(name, schema, version, null, relocatable, List.of(), List.of());
    }

    @Test
    void createdAndDropped() {
        Extension hstore = ext("hstore", "public", "1.8", true);
        Extension citext = ext("citext", "public", "1.6", true);
        assertThat(diff(List.of(citext), List.of(hstore))).containsExactly(new CreateExtension(hstore), new DropExtension(citext));
        assertThat(diff(List.of(hstore), List.of(hstore))).isEmpty();
    }

    @Test
    void versionSchemaAndCommentChangeInPlace() {
        Extension from = ext("hstore", "public", "1.7", true);
        Extension to = new Extension("hstore", "app", "1.8", "mine", true, List.of(), List.of());

        AlterExtension alter = (AlterExtension) diff(List.of(from), List.of(to)).get(0);

        assertThat(alter).isEqualTo(new AlterExtension(from, to));
        assertThat(List.of(alter.updates(), alter.moves(), alter.comments())).containsOnly(true);
    }

    @Test
    void anExtensionThatCannotMoveIsDroppedAndCreatedInItsNewSchema() {
        Extension from = ext("xml2", "public", "1.1", false);
        Extension to = ext("xml2", "app", "1.1", false);
        assertThat(diff(List.of(from), List.of(to))).containsExactly(new DropExtension(from), new CreateExtension(to));
    }
}
