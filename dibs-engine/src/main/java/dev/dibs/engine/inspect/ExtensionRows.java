package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Extension;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads {@code extensions.sql}: one extension of a managed schema a row. */
final class ExtensionRows {

    private ExtensionRows() {
    }

    static void read(ResultSet rs, List<Extension> out) throws SQLException {
        while (rs.next()) {
            out.add(new Extension(rs.getString("extension_name"), rs.getString("schema_name"), rs.getString("version"),
                    rs.getString("comment"), rs.getBoolean("relocatable"), ArrayColumns.strings(rs, "types"),
                    ArrayColumns.strings(rs, "operator_classes"), ArrayColumns.strings(rs, "functions"),
                    ArrayColumns.strings(rs, "default_classes")));
        }
    }
}
