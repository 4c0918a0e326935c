package dev.dibs.engine.testing;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds schema model objects for unit tests that need no database: the differ, the solver and
 * the renderer take the model as data, so a test can state both sides of a change in a few lines.
 * Names without a schema are in {@code public}; types are parsed as SQL spells them.
 */
public final class Models {

    private Models() {
    }

    /** {@code public.name}. */
    public static QualifiedName name(String table) {
        return QualifiedName.of("public", table);
    }

    /** A nullable column without default, comment, identity or generation. */
    public static Column col(String name, String type) {
        return new Column(name, PgType.parse(type), true, null, Identity.NONE, null, null);
    }

    /** A NOT NULL column without default. */
    public static Column notNull(String name, String type) {
        return new Column(name, PgType.parse(type), false, null, Identity.NONE, null, null);
    }

    /** {@code c} with another default expression (null for none). */
    public static Column withDefault(Column c, String expression) {
        return new Column(c.name(), c.type(), c.nullable(), expression, c.identity(), c.generatedExpression(), c.comment(), c.virtual());
    }

    /** {@code c} with another comment (null for none). */
    public static Column withComment(Column c, String comment) {
        return new Column(c.name(), c.type(), c.nullable(), c.defaultExpression(), c.identity(), c.generatedExpression(), comment,
                c.virtual());
    }

    /** {@code c} with another identity kind. */
    public static Column withIdentity(Column c, Identity identity) {
        return new Column(c.name(), c.type(), c.nullable(), c.defaultExpression(), identity, c.generatedExpression(), c.comment(),
                c.virtual());
    }

    /** A stored ({@code virtual} false) or virtual generated column. */
    public static Column generated(String name, String type, String expression, boolean virtual) {
        return new Column(name, PgType.parse(type), true, null, Identity.NONE, expression, null, virtual);
    }

    /** A column of the enum type {@code public.type}. */
    public static Column enumCol(String name, String type) {
        return new Column(name, PgType.user("public", type), true, null, Identity.NONE, null, null);
    }

    public static EnumType enumType(String name, String... labels) {
        return new EnumType(name(name), List.of(labels), null);
    }

    /** A validated, enforced foreign key with NO ACTION on both sides. */
    public static ForeignKey fk(String name, String column, String referencedTable, String referencedColumn) {
        return new ForeignKey(name, List.of(column), name(referencedTable), List.of(referencedColumn), null, null, null);
    }

    /** A plain ascending btree index on columns. */
    public static Index index(String name, String... columns) {
        return new Index(name, Arrays.stream(columns).map(IndexKey::column).toList(), false, null, null, List.of());
    }

    /** A unique btree index on columns, without predicate. */
    public static Index uniqueIndex(String name, String... columns) {
        return new Index(name, Arrays.stream(columns).map(IndexKey::column).toList(), true, null, null, List.of());
    }

    /** The schema {@code public} holding the tables and enums. */
    public static Schema schema(List<EnumType> enums, Table... tables) {
        return new Schema(List.of("public"), List.of(tables), enums);
    }

    /** The schema {@code public} holding the tables. */
    public static Schema schema(Table... tables) {
        return schema(List.of(), tables);
    }

    public static TableBuilder table(String name) {
        return new TableBuilder(name(name));
    }

    public static TableBuilder table(QualifiedName name) {
        return new TableBuilder(name);
    }

    /** A table, built member by member. */
    public static final class TableBuilder {
        private final QualifiedName name;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Check> checks = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private String comment;

        private TableBuilder(QualifiedName name) {
            this.name = name;
        }

        public TableBuilder columns(Column... cs) {
            columns.addAll(List.of(cs));
            return this;
        }

        public TableBuilder pk(String constraint, String... cols) {
            primaryKey = new PrimaryKey(constraint, List.of(cols));
            return this;
        }

        public TableBuilder unique(String constraint, String... cols) {
            uniques.add(new UniqueConstraint(constraint, List.of(cols)));
            return this;
        }

        public TableBuilder check(String constraint, String expression) {
            checks.add(new Check(constraint, expression));
            return this;
        }

        public TableBuilder check(Check check) {
            checks.add(check);
            return this;
        }

        public TableBuilder fk(ForeignKey key) {
            foreignKeys.add(key);
            return this;
        }

        public TableBuilder index(Index i) {
            indexes.add(i);
            return this;
        }

        public TableBuilder comment(String text) {
            comment = text;
            return this;
        }

        public Table build() {
            return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment);
        }
    }
}
