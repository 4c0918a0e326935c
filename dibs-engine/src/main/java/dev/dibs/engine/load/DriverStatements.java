package dev.dibs.engine.load;

import java.sql.SQLException;

/**
 * How many statements the JDBC driver sends for a text: it splits a text at each {@code ;} it reads
 * outside quotes, comments and dollar quotes, by its own reading of them. A declaration dibs
 * classified as one statement must be one to the driver too, or a statement dibs never saw (a
 * {@code COPY … TO PROGRAM} behind a name the two read differently) would run while building.
 */
public final class DriverStatements {

    private DriverStatements() {
    }

    /** The number of statements the driver makes of {@code sql}, sent as it is (no parameters, no escapes). */
    public static int count(String sql) {
        try {
            return org.postgresql.core.Parser.parseJdbcSql(sql, true, false, true, false, false).size();
        } catch (SQLException e) {
            return -1; // the driver cannot read it: not one statement either
        }
    }
}
