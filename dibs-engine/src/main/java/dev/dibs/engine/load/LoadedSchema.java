package dev.dibs.engine.load;

import dev.dibs.engine.model.Schema;
import java.util.List;

/**
 * The Java schema: the model itself, the explicit renames, where each object was declared, and
 * warnings worth showing the user (such as missing source information).
 */
public record LoadedSchema(Schema schema, RenameHints renames, Origins origins, List<String> warnings) {

    public LoadedSchema {
        warnings = List.copyOf(warnings);
    }
}
