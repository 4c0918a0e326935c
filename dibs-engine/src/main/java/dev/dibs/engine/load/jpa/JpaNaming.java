package dev.dibs.engine.load.jpa;

import java.util.List;

/**
 * How the application's Hibernate names what its mapping does not name, in Hibernate's two steps:
 * the implicit strategy gives a logical name from the mapping (an entity's table, an attribute's
 * column, a join table, a hashed constraint name), then the physical strategy turns every logical
 * name, written or implicit, into the one in the database. Names are {@link JpaName}s because both
 * steps keep quoting apart.
 *
 * <p>{@link #hibernate()} is Hibernate's default pair (JPA-compliant implicit, standard physical),
 * {@link #spring()} Spring Boot's (its implicit strategy, snake-case physical).
 */
public interface JpaNaming {

    /** {@code hibernate} or {@code spring}, or the custom strategies' class names: for messages. */
    String description();

    // implicit names: logical, before the physical strategy

    /** The table of an entity without {@code @Table(name)}: its entity name. */
    JpaName primaryTable(String entityName);

    /** The column of a basic attribute; {@code attributePath} is dotted through embeddables ({@code home.street}). */
    JpaName basicColumn(String attributePath);

    /**
     * A join column without a name: {@code <attribute>_<referenced column>}; {@code attribute} is null
     * where there is none (the owner side of a join table without an inverse attribute, an element
     * collection's owner), and {@code entityName} (the owning entity's) stands for it.
     */
    JpaName joinColumn(String attribute, String entityName, JpaName referencedColumn);

    /**
     * A join column as Hibernate's binder finishes it ({@code AnnotatedJoinColumns.quoteIfNecessary}):
     * the implicit {@link #joinColumn(String, String, JpaName)}, quoted when the referenced table's
     * logical name or the referenced column is quoted ({@code "vets_id"} for a target {@code @Table(name = "`Vet`")}).
     */
    default JpaName joinColumn(String attribute, String entityName, JpaName referencedTable, JpaName referencedColumn) {
        JpaName name = joinColumn(attribute, entityName, referencedColumn);
        return referencedTable.quoted() || referencedColumn.quoted() ? new JpaName(name.text(), true) : name;
    }

    /** The primary key column of a JOINED subclass: the name of the column it references. */
    JpaName primaryKeyJoinColumn(JpaName referencedColumn);

    /**
     * The primary key column of a JOINED subclass as Hibernate's binder finishes it: quoted when the
     * parent's table (its logical name) or its primary key column is quoted.
     */
    default JpaName primaryKeyJoinColumn(JpaName referencedTable, JpaName referencedColumn) {
        JpaName name = primaryKeyJoinColumn(referencedColumn);
        return referencedTable.quoted() || referencedColumn.quoted() ? new JpaName(name.text(), true) : name;
    }

    /**
     * A join table without {@code @JoinTable(name)}, from the LOGICAL table names of both entities (the
     * {@code @Table(name)} as written, or the implicit {@link #primaryTable}: before the physical strategy,
     * although Hibernate's source calls them "physical"; Spring's {@code PetTable_vets} for a quoted target
     * shows it) and the owning attribute. Quoted when either table name is quoted, as Hibernate's
     * {@code TableBinder} quotes it after the strategy.
     */
    JpaName joinTable(JpaName owningTable, JpaName nonOwningTable, String owningAttribute);

    /** An element collection's table without {@code @CollectionTable(name)}. */
    JpaName collectionTable(String owningEntityName, String attributePath);

    /**
     * An element collection's table as Hibernate's {@code TableBinder} finishes it: quoted when the
     * owning entity's table (its logical name) is quoted ({@code "Vet_vetNicks"}).
     */
    default JpaName collectionTable(JpaName owningTable, String owningEntityName, String attributePath) {
        JpaName name = collectionTable(owningEntityName, attributePath);
        return owningTable.quoted() ? new JpaName(name.text(), true) : name;
    }

    /** The discriminator column without {@code @DiscriminatorColumn(name)}. */
    JpaName discriminatorColumn();

    /** A map's key column without {@code @MapKeyColumn(name)}. */
    JpaName mapKeyColumn(String attributePath);

    /** A list's order column without {@code @OrderColumn(name)}. */
    JpaName orderColumn(String attributePath);

    /** {@code FK<hash>}; the names are physical, as Hibernate holds them (not folded). */
    String foreignKeyName(JpaName table, JpaName referencedTable, List<JpaName> columns);

    /** {@code UK<hash>}. */
    String uniqueKeyName(JpaName table, List<JpaName> columns);

    /** {@code IDX<hash>}; {@code columns} as written in {@code @Index(columnList)}. */
    String indexName(JpaName table, List<JpaName> columns);

    // physical names

    JpaName physicalTable(JpaName logical);

    JpaName physicalColumn(JpaName logical);

    JpaName physicalSequence(JpaName logical);

    JpaName physicalSchema(JpaName logical);

    /** Hibernate's own default: JPA-compliant implicit names, names kept as written. */
    static JpaNaming hibernate() {
        return HibernateNaming.HIBERNATE;
    }

    /** Spring Boot's default: Spring's implicit join-table names, snake-case physical names. */
    static JpaNaming spring() {
        return HibernateNaming.SPRING;
    }
}
