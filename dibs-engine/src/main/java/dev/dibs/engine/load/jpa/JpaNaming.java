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

    /** The primary key column of a JOINED subclass: the name of the column it references. */
    JpaName primaryKeyJoinColumn(JpaName referencedColumn);

    /** A join table without {@code @JoinTable(name)}, from the physical names of both tables and the owning attribute. */
    JpaName joinTable(JpaName owningPhysicalTable, JpaName nonOwningPhysicalTable, String owningAttribute);

    /** An element collection's table without {@code @CollectionTable(name)}. */
    JpaName collectionTable(String owningEntityName, String attributePath);

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
