package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.TableOptions;
import dev.dibs.engine.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** The pieces of one table as the catalog queries return them, assembled into a {@link Table} at the end. */
final class TableParts {

    final QualifiedName name;
    final String comment;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Exclusion> exclusions = new ArrayList<>();
    TableOptions options = TableOptions.DEFAULT;

    TableParts(QualifiedName name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    Table build() {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment, exclusions, options);
    }
}
