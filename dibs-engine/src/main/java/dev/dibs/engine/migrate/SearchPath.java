package dev.dibs.engine.migrate;

import dev.dibs.engine.postgres.SqlResources;
import dev.dibs.engine.render.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code search_path} every migration starts with: the first managed schema, then
 * {@code public}. Pinned rather than inherited, so that unqualified names in a migration land in the
 * same schema on the throwaway database of {@code dibs:check}/{@code dibs:generate} as on a real one,
 * whatever {@code ALTER DATABASE/ROLE … SET search_path} the real one carries.
 */
final class SearchPath {

    private SearchPath() {
    }

    /** {@code "app", public} for schemas {@code app, …}; {@code public} alone when it is the first. */
    static String of(List<String> schemas) {
        Set<String> path = new LinkedHashSet<>(List.of(schemas.get(0), "public"));
        return String.join(", ", path.stream().map(Sql::name).toList());
    }

    /** Sets it for the session; run before each migration, so one that changes it does not leak into the next. */
    static void pin(Connection c, List<String> schemas) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SqlResources.load(SearchPath.class, "pin-search-path"))) {
            ps.setString(1, of(schemas));
            ps.execute();
        }
    }
}
