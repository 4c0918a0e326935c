package dev.dibs.engine.load.jpa;

import java.util.List;
import java.util.Locale;

/**
 * Hibernate's JPA-compliant implicit strategy, with either of the two physical strategies the
 * applications use: Hibernate's standard one (names kept) or its snake-case one, which Spring Boot
 * sets, with Spring's join-table rule. Ports of Hibernate ORM 7's own rules; JpaNamingTest checks
 * them against Hibernate's classes.
 */
final class HibernateNaming implements JpaNaming {

    static final HibernateNaming HIBERNATE = new HibernateNaming(false);
    static final HibernateNaming SPRING = new HibernateNaming(true);

    private final boolean spring;

    private HibernateNaming(boolean spring) {
        this.spring = spring;
    }

    @Override
    public String description() {
        return spring ? "spring" : "hibernate";
    }

    @Override
    public JpaName primaryTable(String entityName) {
        return JpaName.of(entityName);
    }

    @Override
    public JpaName basicColumn(String attributePath) {
        return JpaName.of(lastProperty(attributePath));
    }

    @Override
    public JpaName joinColumn(String attribute, String entityName, JpaName referencedColumn) {
        String base = attribute == null ? entityName : lastProperty(attribute);
        return JpaName.of(base + "_" + referencedColumn.text());
    }

    @Override
    public JpaName primaryKeyJoinColumn(JpaName referencedColumn) {
        return referencedColumn;
    }

    @Override
    public JpaName joinTable(JpaName owningTable, JpaName nonOwningTable, String owningAttribute) {
        JpaName name = JpaName.of(owningTable.text() + "_" + (spring ? lastProperty(owningAttribute) : nonOwningTable.text()));
        return owningTable.quoted() || nonOwningTable.quoted() ? new JpaName(name.text(), true) : name;
    }

    @Override
    public JpaName collectionTable(String owningEntityName, String attributePath) {
        return JpaName.of(owningEntityName + "_" + lastProperty(attributePath));
    }

    @Override
    public JpaName discriminatorColumn() {
        return JpaName.of("DTYPE");
    }

    @Override
    public JpaName mapKeyColumn(String attributePath) {
        return JpaName.of(lastProperty(attributePath) + "_KEY");
    }

    @Override
    public JpaName orderColumn(String attributePath) {
        return JpaName.of(lastProperty(attributePath) + "_ORDER");
    }

    @Override
    public String foreignKeyName(JpaName table, JpaName referencedTable, List<JpaName> columns) {
        return HibernateHashes.foreignKey(table, referencedTable, columns);
    }

    @Override
    public String uniqueKeyName(JpaName table, List<JpaName> columns) {
        return HibernateHashes.constraint("UK", table, columns);
    }

    @Override
    public String indexName(JpaName table, List<JpaName> columns) {
        return HibernateHashes.constraint("IDX", table, columns);
    }

    @Override
    public JpaName physicalTable(JpaName logical) {
        return physical(logical);
    }

    @Override
    public JpaName physicalColumn(JpaName logical) {
        return physical(logical);
    }

    @Override
    public JpaName physicalSequence(JpaName logical) {
        return physical(logical);
    }

    @Override
    public JpaName physicalSchema(JpaName logical) {
        return physical(logical);
    }

    private JpaName physical(JpaName logical) {
        if (!spring || logical == null || logical.quoted()) {
            return logical;
        }
        // Hibernate makes this one with new Identifier(text): never quoted, whatever the characters
        return new JpaName(snakeCase(logical.text()).toLowerCase(Locale.ROOT), false);
    }

    /**
     * Hibernate's {@code camelCaseToSnakeCase}: dots become underscores, and an underscore goes before
     * an upper-case letter between a lower-case letter or digit and a lower-case letter or digit. So
     * acronyms stay glued ({@code userID} gives {@code userid}) and the last letter is never split off.
     */
    static String snakeCase(String name) {
        StringBuilder b = new StringBuilder(name.replace('.', '_'));
        for (int i = 1; i < b.length() - 1; i++) {
            if (underscoreBetween(b.charAt(i - 1), b.charAt(i), b.charAt(i + 1))) {
                b.insert(i++, '_');
            }
        }
        return b.toString();
    }

    private static boolean underscoreBetween(char before, char current, char after) {
        return (Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
                && (Character.isLowerCase(after) || Character.isDigit(after));
    }

    private static String lastProperty(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    @Override
    public String toString() {
        return description();
    }
}
