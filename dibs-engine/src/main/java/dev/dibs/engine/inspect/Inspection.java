package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Schema;
import java.util.List;

/**
 * What a database holds in the requested schemas: the model of what dibs manages, the notes on
 * what it does not, the server's version ({@code server_version_num}, e.g. 170007), PostgreSQL's
 * own fingerprints of the managed tables, indexes and constraints, and the database's extensions.
 */
public record Inspection(Schema schema, List<NotManaged> notManaged, int serverVersionNum, Fingerprints fingerprints,
                         List<Extension> extensions) {

    public Inspection {
        notManaged = List.copyOf(notManaged);
        extensions = List.copyOf(extensions);
    }

    /** Without fingerprints or extensions: a schema known only as a model. */
    public Inspection(Schema schema, List<NotManaged> notManaged, int serverVersionNum) {
        this(schema, notManaged, serverVersionNum, Fingerprints.NONE, List.of());
    }

    /** The major version, e.g. 17. */
    public int majorVersion() {
        return serverVersionNum / 10000;
    }
}
