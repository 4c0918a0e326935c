package dev.dibs.engine.inspect;

import java.util.List;

/**
 * What an inspection's first query says about a server before anything else is read: its major
 * version and the database's extensions (enough to choose a scratch server and to find what was
 * built there before).
 */
public record ServerFacts(int majorVersion, List<Extension> extensions) {
    public ServerFacts {
        extensions = List.copyOf(extensions);
    }
}
