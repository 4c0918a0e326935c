package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Schema;
import java.util.List;

/**
 * What a database holds in the requested schemas: the model of what dibs manages, the notes on
 * what it does not, and the server's version ({@code server_version_num}, e.g. 170007).
 */
public record Inspection(Schema schema, List<NotManaged> notManaged, int serverVersionNum) {

    public Inspection {
        notManaged = List.copyOf(notManaged);
    }

    /** The major version, e.g. 17. */
    public int majorVersion() {
        return serverVersionNum / 10000;
    }
}
