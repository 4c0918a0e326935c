package dev.dibs.engine.inspect;

import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.RelationColumn;
import dev.dibs.engine.model.View;
import dev.dibs.engine.model.ViewColumn;
import dev.dibs.engine.model.ViewIndex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code views.sql}: one row per view or materialized view of the managed schemas. */
final class ViewRows {

    private ViewRows() {
    }

    static void read(ResultSet rs, List<View> views, List<MaterializedView> materialized) throws SQLException {
        while (rs.next()) {
            QualifiedName name = new QualifiedName(rs.getString("schema_name"), rs.getString("view_name"));
            List<String> names = ArrayColumns.strings(rs, "column_names");
            List<String> types = ArrayColumns.strings(rs, "column_types");
            List<ViewColumn> columns = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                columns.add(new ViewColumn(names.get(i), types.get(i)));
            }
            List<String> schemas = ArrayColumns.strings(rs, "read_schemas");
            List<String> relationNames = ArrayColumns.strings(rs, "read_relations");
            List<String> readColumns = ArrayColumns.strings(rs, "read_columns");
            List<QualifiedName> relations = new ArrayList<>();
            List<RelationColumn> uses = new ArrayList<>();
            for (int i = 0; i < schemas.size(); i++) {
                QualifiedName relation = new QualifiedName(schemas.get(i), relationNames.get(i));
                relations.add(relation);
                if (readColumns.get(i) != null) {
                    uses.add(new RelationColumn(relation, readColumns.get(i)));
                }
            }
            String definition = rs.getString("definition");
            List<String> options = ArrayColumns.strings(rs, "options");
            String comment = rs.getString("comment");
            List<String> functions = ArrayColumns.strings(rs, "functions");
            if (rs.getBoolean("materialized")) {
                List<String> indexNames = ArrayColumns.strings(rs, "index_names");
                List<String> indexDefinitions = ArrayColumns.strings(rs, "index_definitions");
                List<ViewIndex> indexes = new ArrayList<>();
                for (int i = 0; i < indexNames.size(); i++) {
                    indexes.add(new ViewIndex(indexNames.get(i), indexDefinitions.get(i)));
                }
                materialized.add(new MaterializedView(name, definition, columns, rs.getBoolean("populated"), indexes, options,
                        relations, uses, comment, functions));
            } else {
                views.add(new View(name, definition, columns, options, relations, uses, comment, functions));
            }
        }
    }
}
