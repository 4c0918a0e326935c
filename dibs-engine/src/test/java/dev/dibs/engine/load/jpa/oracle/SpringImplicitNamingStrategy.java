package dev.dibs.engine.load.jpa.oracle;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's default implicit naming, rewritten for the oracle (Spring is not a dependency):
 * Hibernate's JPA-compliant strategy, except that a join table is named after the owning side's
 * physical table and the owning attribute ({@code vets} + {@code specialties} → {@code vets_specialties}),
 * not after both tables.
 */
public final class SpringImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    private static final long serialVersionUID = 1L;

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
