package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SchemaValidationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A base naming ({@code spring} or {@code hibernate}) with the application's own implicit and/or
 * physical strategy in place of that part: each name the custom strategy gives is asked of the
 * application's class itself, by reflection, with the arguments Hibernate would pass. Hashed
 * constraint names come from the custom implicit strategy too. A call that fails (the strategy throws,
 * or wants to know what dibs cannot tell without booting Hibernate) is a {@link SchemaValidationException}
 * naming the parameter, the class, and the name it was asked for: never a guessed name.
 */
final class CustomNaming implements JpaNaming {

    private final JpaNaming base;
    private final HibernateBridge bridge;
    private final Object implicit;
    private final Object physical;

    /** {@code implicit} or {@code physical} is null where the base naming's part stays. */
    CustomNaming(JpaNaming base, HibernateBridge bridge, Object implicit, Object physical) {
        this.base = base;
        this.bridge = bridge;
        this.implicit = implicit;
        this.physical = physical;
    }

    @Override
    public String description() {
        return base.description() + (implicit == null ? "" : ", implicit " + implicit.getClass().getName())
                + (physical == null ? "" : ", physical " + physical.getClass().getName());
    }

    @Override
    public JpaName primaryTable(String entityName) {
        if (implicit == null) {
            return base.primaryTable(entityName);
        }
        return implicitName("determinePrimaryTableName", "ImplicitEntityNameSource", "the table of entity " + entityName,
                a -> a.put("getEntityNaming", bridge.entityNaming(entityName)));
    }

    @Override
    public JpaName basicColumn(String attributePath) {
        if (implicit == null) {
            return base.basicColumn(attributePath);
        }
        return implicitName("determineBasicColumnName", "ImplicitBasicColumnNameSource", "the column of " + attributePath,
                a -> {
                    a.put("getAttributePath", bridge.path(attributePath));
                    a.put("isCollectionElement", false);
                });
    }

    @Override
    public JpaName joinColumn(String attribute, String entityName, JpaName referencedColumn) {
        if (implicit == null) {
            return base.joinColumn(attribute, entityName, referencedColumn);
        }
        String what = "the join column of " + (attribute == null ? entityName : attribute) + " to " + referencedColumn;
        return implicitName("determineJoinColumnName", "ImplicitJoinColumnNameSource", what, a -> {
            // dibs is not told the nature (entity, entity collection, element collection). Hibernate's own
            // rule needs it only to choose the entity name over the attribute, which a null attribute says
            // already; an application's override may branch on it, so it is refused there, not guessed.
            if (hibernatesOwn("determineJoinColumnName", "ImplicitJoinColumnNameSource")) {
                a.put("getNature", bridge.nature(attribute == null ? "ENTITY_COLLECTION" : "ENTITY"));
            }
            a.put("getAttributePath", bridge.path(attribute));
            a.put("getEntityNaming", bridge.entityNaming(entityName));
            a.put("getReferencedColumnName", bridge.identifier(referencedColumn));
        });
    }

    @Override
    public JpaName primaryKeyJoinColumn(JpaName referencedColumn) {
        if (implicit == null) {
            return base.primaryKeyJoinColumn(referencedColumn);
        }
        return implicitName("determinePrimaryKeyJoinColumnName", "ImplicitPrimaryKeyJoinColumnNameSource",
                "the primary key join column to " + referencedColumn,
                a -> a.put("getReferencedPrimaryKeyColumnName", bridge.identifier(referencedColumn)));
    }

    @Override
    public JpaName joinTable(JpaName owningTable, JpaName nonOwningTable, String owningAttribute) {
        if (implicit == null) {
            return base.joinTable(owningTable, nonOwningTable, owningAttribute);
        }
        JpaName name = implicitName("determineJoinTableName", "ImplicitJoinTableNameSource",
                "the join table of " + owningAttribute, a -> {
                    // Hibernate hands the logical names unquoted, and quotes the result itself (TableBinder)
                    a.put("getOwningPhysicalTableName", owningTable.text());
                    a.put("getNonOwningPhysicalTableName", nonOwningTable.text());
                    a.put("getAssociationOwningAttributePath", bridge.path(owningAttribute));
                });
        return owningTable.quoted() || nonOwningTable.quoted() ? new JpaName(name.text(), true) : name;
    }

    @Override
    public JpaName collectionTable(String owningEntityName, String attributePath) {
        if (implicit == null) {
            return base.collectionTable(owningEntityName, attributePath);
        }
        return implicitName("determineCollectionTableName", "ImplicitCollectionTableNameSource",
                "the collection table of " + owningEntityName + "." + attributePath, a -> {
                    a.put("getOwningEntityNaming", bridge.entityNaming(owningEntityName));
                    a.put("getOwningAttributePath", bridge.path(attributePath));
                });
    }

    @Override
    public JpaName discriminatorColumn() {
        if (implicit == null) {
            return base.discriminatorColumn();
        }
        return implicitName("determineDiscriminatorColumnName", "ImplicitDiscriminatorColumnNameSource",
                "the discriminator column", a -> { });
    }

    @Override
    public JpaName mapKeyColumn(String attributePath) {
        if (implicit == null) {
            return base.mapKeyColumn(attributePath);
        }
        return implicitName("determineMapKeyColumnName", "ImplicitMapKeyColumnNameSource",
                "the map key column of " + attributePath, a -> a.put("getPluralAttributePath", bridge.path(attributePath)));
    }

    @Override
    public JpaName orderColumn(String attributePath) {
        if (implicit == null) {
            return base.orderColumn(attributePath);
        }
        return implicitName("determineListIndexColumnName", "ImplicitIndexColumnNameSource",
                "the order column of " + attributePath, a -> a.put("getPluralAttributePath", bridge.path(attributePath)));
    }

    @Override
    public String foreignKeyName(JpaName table, JpaName referencedTable, List<JpaName> columns) {
        if (implicit == null) {
            return base.foreignKeyName(table, referencedTable, columns);
        }
        return rendered(implicitName("determineForeignKeyName", "ImplicitForeignKeyNameSource",
                "the foreign key name of " + table + columns + " to " + referencedTable, a -> {
                    a.put("getTableName", bridge.identifier(table));
                    a.put("getReferencedTableName", bridge.identifier(referencedTable));
                    a.put("getColumnNames", bridge.identifiers(columns));
                    a.put("getUserProvidedIdentifier", null);
                }));
    }

    @Override
    public String uniqueKeyName(JpaName table, List<JpaName> columns) {
        if (implicit == null) {
            return base.uniqueKeyName(table, columns);
        }
        return rendered(constraint("determineUniqueKeyName", "ImplicitUniqueKeyNameSource", "unique key", table, columns));
    }

    @Override
    public String indexName(JpaName table, List<JpaName> columns) {
        if (implicit == null) {
            return base.indexName(table, columns);
        }
        return rendered(constraint("determineIndexName", "ImplicitIndexNameSource", "index", table, columns));
    }

    private JpaName constraint(String method, String source, String kind, JpaName table, List<JpaName> columns) {
        return implicitName(method, source, "the " + kind + " name of " + table + columns, a -> {
            a.put("getTableName", bridge.identifier(table));
            a.put("getColumnNames", bridge.identifiers(columns));
            a.put("getUserProvidedIdentifier", null);
        });
    }

    /** As Hibernate's {@code Identifier.toString()}: a quoted name in backticks, which {@link JpaName#written} reads back. */
    private static String rendered(JpaName name) {
        return name.toString();
    }

    @Override
    public JpaName physicalTable(JpaName logical) {
        return physical == null ? base.physicalTable(logical) : physicalName("toPhysicalTableName", "table", logical);
    }

    @Override
    public JpaName physicalColumn(JpaName logical) {
        return physical == null ? base.physicalColumn(logical) : physicalName("toPhysicalColumnName", "column", logical);
    }

    @Override
    public JpaName physicalSequence(JpaName logical) {
        return physical == null ? base.physicalSequence(logical)
                : physicalName("toPhysicalSequenceName", "sequence", logical);
    }

    @Override
    public JpaName physicalSchema(JpaName logical) {
        return physical == null ? base.physicalSchema(logical) : physicalName("toPhysicalSchemaName", "schema", logical);
    }

    private JpaName physicalName(String method, String kind, JpaName logical) {
        String what = "the physical name of " + kind + " " + logical;
        try {
            Class<?> id = bridge.type(HibernateBridge.NAMING + "Identifier");
            Method m = physical.getClass().getMethod(method, id,
                    bridge.type("org.hibernate.engine.jdbc.env.spi.JdbcEnvironment"));
            JpaName name = bridge.name(m.invoke(physical, bridge.identifier(logical), null));
            // Hibernate asks for the schema even when there is none: null in, null out is an answer
            return logical == null && name == null ? null : checked(JpaNamings.PHYSICAL, name, physical, what);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw failure(JpaNamings.PHYSICAL, physical, what, e);
        }
    }

    /** Whether the application's strategy inherits {@code method} from a Hibernate class. */
    private boolean hibernatesOwn(String method, String sourceType) throws ReflectiveOperationException {
        Class<?> declaring = implicit.getClass().getMethod(method, bridge.type(HibernateBridge.NAMING + sourceType))
                .getDeclaringClass();
        return declaring.getName().startsWith("org.hibernate.");
    }

    private interface Answers {
        void add(Map<String, Object> answers) throws ReflectiveOperationException;
    }

    private JpaName implicitName(String method, String sourceType, String what, Answers answers) {
        try {
            Map<String, Object> a = new HashMap<>();
            answers.add(a);
            Object source = bridge.source(sourceType, a);
            Method m = implicit.getClass().getMethod(method, bridge.type(HibernateBridge.NAMING + sourceType));
            return checked(JpaNamings.IMPLICIT, bridge.name(m.invoke(implicit, source)), implicit, what);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw failure(JpaNamings.IMPLICIT, implicit, what, e);
        }
    }

    private static JpaName checked(String parameter, JpaName name, Object strategy, String what) {
        if (name == null || name.text().isEmpty()) {
            throw new SchemaValidationException(List.of(new Problem(parameter,
                    strategy.getClass().getName() + " gave no name for " + what + ".",
                    "return a name from the strategy (Hibernate would fail on this mapping too).")));
        }
        return name;
    }

    private static RuntimeException failure(String parameter, Object strategy, String what, Throwable e) {
        if (e instanceof SchemaValidationException sve) {
            return sve;
        }
        Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
        String className = strategy.getClass().getName();
        if (cause instanceof HibernateBridge.Unanswered unanswered) {
            return new SchemaValidationException(List.of(new Problem(parameter,
                    className + ", asked for " + what + ", calls " + unanswered.getMessage()
                            + ", which dibs cannot answer without booting Hibernate.",
                    "compute the name from what Hibernate's JPA-compliant strategy uses (the names and attribute"
                            + " paths), or set the name in the mapping (@Table, @Column, @JoinColumn, @JoinTable, …).")));
        }
        return new SchemaValidationException(List.of(new Problem(parameter,
                className + " threw " + cause.getClass().getName()
                        + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")") + " when asked for " + what
                        + ".",
                "make the strategy work for this name (Hibernate would call it the same way), or set the name in the"
                        + " mapping.")));
    }
}
