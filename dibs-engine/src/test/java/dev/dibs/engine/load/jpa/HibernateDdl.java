package dev.dibs.engine.load.jpa;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * The DDL real Hibernate 7 writes for compiled entity classes on PostgreSQL (no database needed):
 * the oracle dibs's JPA mapping is held to, with Hibernate's own naming or Spring Boot's.
 */
final class HibernateDdl {

    private HibernateDdl() {
    }

    static String create(Path classes, List<String> entityClasses, boolean spring, Path scratch) throws Exception {
        return create(classes, entityClasses, spring, scratch, false);
    }

    /**
     * With {@code beanValidation}, Hibernate applies the Bean Validation constraints to its mapping
     * first, as its BeanValidationIntegrator does when the application has a provider
     * (hibernate-validator) on its class path: the same TypeSafeActivator method, with the provider's
     * default factory and the default (Default group) settings.
     */
    @SuppressWarnings("removal") // Spring Boot sets CamelCaseToUnderscoresNamingStrategy, deprecated for removal
    static String create(Path classes, List<String> entityClasses, boolean spring, Path scratch, boolean beanValidation)
            throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, HibernateDdl.class.getClassLoader())) {
            var bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
            var registry = new StandardServiceRegistryBuilder(bootstrap)
                    .applySetting("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect")
                    .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                    .applySetting("jakarta.persistence.database-product-name", "PostgreSQL")
                    .applySetting("jakarta.persistence.database-major-version", "16")
                    .build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                for (String c : entityClasses) {
                    sources.addAnnotatedClass(Class.forName(c, false, loader));
                }
                var builder = sources.getMetadataBuilder();
                builder.applyImplicitNamingStrategy(spring ? new dev.dibs.engine.load.jpa.oracle.SpringImplicitNamingStrategy() : ImplicitNamingStrategyJpaCompliantImpl.INSTANCE);
                builder.applyPhysicalNamingStrategy(spring ? new CamelCaseToUnderscoresNamingStrategy()
                        : PhysicalNamingStrategyStandardImpl.INSTANCE);
                var metadata = builder.build();
                if (beanValidation) {
                    applyBeanValidation(metadata, registry, loader);
                }
                Path out = scratch.resolve(spring ? "spring.sql" : "hibernate.sql");
                Map<String, Object> cfg = new HashMap<>();
                cfg.put("jakarta.persistence.schema-generation.scripts.action", "create");
                cfg.put("jakarta.persistence.schema-generation.scripts.create-target", out.toString());
                cfg.put("hibernate.hbm2ddl.delimiter", ";");
                cfg.put("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
                SchemaManagementToolCoordinator.process(metadata, registry, cfg, x -> { });
                return Files.readString(out);
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        }
    }

    private static void applyBeanValidation(org.hibernate.boot.Metadata metadata,
                                            org.hibernate.boot.registry.StandardServiceRegistry registry,
                                            ClassLoader loader) throws Exception {
        Class<?> activator = Class.forName("org.hibernate.boot.beanvalidation.TypeSafeActivator");
        var apply = activator.getMethod("applyRelationalConstraints", jakarta.validation.ValidatorFactory.class,
                java.util.Collection.class, Map.class, org.hibernate.dialect.Dialect.class,
                org.hibernate.boot.spi.ClassLoaderAccess.class);
        apply.setAccessible(true); // a public method of a package-private class
        var dialect = registry.requireService(org.hibernate.engine.jdbc.env.spi.JdbcEnvironment.class).getDialect();
        var access = new org.hibernate.boot.internal.ClassLoaderAccessImpl(loader,
                registry.requireService(org.hibernate.boot.registry.classloading.spi.ClassLoaderService.class));
        try (var factory = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
            apply.invoke(null, factory, metadata.getEntityBindings(), new HashMap<String, Object>(), dialect, access);
        }
    }
}
