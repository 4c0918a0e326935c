package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AlterExtension;
import dev.dibs.engine.diff.SchemaChange.CreateExtension;
import dev.dibs.engine.diff.SchemaChange.DropExtension;
import dev.dibs.engine.model.Extension;
import dev.dibs.engine.model.Schema;
import java.util.List;

/**
 * Extensions, by name: created, dropped, or changed in place (version, schema, comment). One that
 * must move to another schema but cannot ({@code relocatable} false) is dropped and created again.
 */
final class ExtensionDiffer {

    private ExtensionDiffer() {
    }

    static void diff(Schema current, Schema desired, List<SchemaChange> out) {
        var matched = Matching.byKey(current.extensions(), desired.extensions(), Extension::name);
        matched.onlyDesired().forEach(e -> out.add(new CreateExtension(e)));
        matched.onlyCurrent().forEach(e -> out.add(new DropExtension(e)));
        for (var pair : matched.pairs()) {
            Extension from = pair.current();
            Extension to = pair.desired();
            if (from.equals(to)) {
                continue;
            }
            if (!from.schema().equals(to.schema()) && !from.relocatable()) {
                // ALTER EXTENSION … SET SCHEMA refuses it: only a new one can be elsewhere
                out.add(new DropExtension(from));
                out.add(new CreateExtension(to));
            } else {
                out.add(new AlterExtension(from, to));
            }
        }
    }
}
