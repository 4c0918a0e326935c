package dev.dibs.engine.load.jpa;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The application's own Hibernate classes, reached by reflection through the isolated class loader
 * that holds its custom naming strategies: identifiers, attribute paths, and the "source" objects an
 * implicit strategy is asked with. Hibernate builds those while it boots; dibs does not boot
 * Hibernate, so it hands over proxies that answer exactly what dibs knows (the names in question and
 * the building context the JPA-compliant base class reaches for) and refuse anything else with
 * {@link Unanswered}, which {@link CustomNaming} turns into a clear error, never a guessed name.
 */
final class HibernateBridge {

    static final String NAMING = "org.hibernate.boot.model.naming.";

    /** A strategy asked Hibernate for something dibs cannot know without booting it. */
    static final class Unanswered extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unanswered(String call) {
            super(call, null, false, false);
        }
    }

    private final ClassLoader loader;
    private final Class<?> identifier;
    private final Object buildingContext;

    HibernateBridge(ClassLoader loader) throws ReflectiveOperationException {
        this.loader = loader;
        this.identifier = type(NAMING + "Identifier");
        this.buildingContext = buildingContext();
    }

    Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName(name, false, loader);
    }

    /** Hibernate's {@code Identifier} for a name dibs already holds (quoting decided). */
    Object identifier(JpaName name) throws ReflectiveOperationException {
        if (name == null) {
            return null;
        }
        return identifier.getConstructor(String.class, boolean.class).newInstance(name.text(), name.quoted());
    }

    List<Object> identifiers(List<JpaName> names) throws ReflectiveOperationException {
        Object[] ids = new Object[names.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = identifier(names.get(i));
        }
        return List.of(ids);
    }

    /** A returned {@code Identifier} as a {@link JpaName}; null stays null. */
    JpaName name(Object id) throws ReflectiveOperationException {
        if (id == null) {
            return null;
        }
        String text = (String) identifier.getMethod("getText").invoke(id);
        boolean quoted = (Boolean) identifier.getMethod("isQuoted").invoke(id);
        return new JpaName(text, quoted);
    }

    /** {@code AttributePath.parse("home.street")}; null for none. */
    Object path(String dotted) throws ReflectiveOperationException {
        if (dotted == null) {
            return null;
        }
        return type("org.hibernate.boot.model.source.spi.AttributePath").getMethod("parse", String.class)
                .invoke(null, dotted);
    }

    Object nature(String constant) throws ReflectiveOperationException {
        return type(NAMING + "ImplicitJoinColumnNameSource$Nature").getMethod("valueOf", String.class)
                .invoke(null, constant);
    }

    /**
     * Hibernate's {@code EntityNaming} for the JPA entity name dibs has. The class name and Hibernate's
     * entity name (the qualified class name) are not passed to the naming, so they are refused.
     */
    Object entityNaming(String jpaEntityName) throws ClassNotFoundException {
        return proxy("EntityNaming", Map.of("getJpaEntityName", jpaEntityName));
    }

    /** A source object: {@code answers} by method name, plus the building context every source has. */
    Object source(String interfaceName, Map<String, Object> answers) throws ClassNotFoundException {
        Map<String, Object> all = new HashMap<>(answers);
        all.put("getBuildingContext", buildingContext);
        return proxy(interfaceName, all);
    }

    /**
     * A proxy of a Hibernate interface ({@code org.hibernate.boot.model.naming.} may be left off):
     * known methods answer from {@code answers} (a null value answers null), default methods run as
     * written, anything else is {@link Unanswered}.
     */
    Object proxy(String interfaceName, Map<String, ?> answers) throws ClassNotFoundException {
        Class<?> type = type(interfaceName.contains(".") ? interfaceName : NAMING + interfaceName);
        InvocationHandler handler = (self, method, args) -> {
            String name = method.getName();
            if (answers.containsKey(name)) {
                return answers.get(name);
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(self, method, args);
            }
            return switch (name) {
                case "toString" -> "dibs's " + type.getSimpleName();
                case "hashCode" -> System.identityHashCode(self);
                case "equals" -> self == args[0];
                default -> throw new Unanswered(type.getSimpleName() + "." + name + "()");
            };
        };
        return Proxy.newProxyInstance(loader, new Class<?>[] {type}, handler);
    }

    /**
     * What the JPA-compliant strategy reaches through {@code getBuildingContext()}: the identifier
     * helper (context → metadata collector → database → JDBC environment), which reads a string as
     * {@code Identifier.toIdentifier} does (PostgreSQL quotes nothing more by default), the mapping
     * defaults ({@code DTYPE}, {@code id}) and the schema charset (none: the platform's, as Hibernate).
     */
    private Object buildingContext() throws ReflectiveOperationException {
        Method toIdentifier = identifier.getMethod("toIdentifier", String.class, boolean.class);
        InvocationHandler helper = (self, method, args) -> switch (method.getName()) {
            case "toIdentifier" -> toIdentifier.invoke(null, args[0], args.length > 1 && (Boolean) args[1]);
            case "normalizeQuoting" -> args[0];
            case "isReservedWord" -> false;
            case "toString" -> "dibs's IdentifierHelper";
            default -> throw new Unanswered("IdentifierHelper." + method.getName() + "()");
        };
        Object identifierHelper = Proxy.newProxyInstance(loader,
                new Class<?>[] {type("org.hibernate.engine.jdbc.env.spi.IdentifierHelper")}, helper);
        Object dialect = dialect();
        Map<String, Object> environment = new HashMap<>();
        environment.put("getIdentifierHelper", identifierHelper);
        environment.put("getDialect", dialect);
        Object jdbcEnvironment = proxy("org.hibernate.engine.jdbc.env.spi.JdbcEnvironment", environment);
        Map<String, Object> jdbc = new HashMap<>();
        jdbc.put("getDialect", dialect);
        Object jdbcServices = proxy("org.hibernate.engine.jdbc.spi.JdbcServices", jdbc);
        Map<String, Object> services = new HashMap<>();
        services.put("requireService", jdbcServices);
        services.put("getService", jdbcServices);
        Object registry = proxy("org.hibernate.boot.registry.StandardServiceRegistry", services);
        Map<String, Object> mapping = new HashMap<>();
        mapping.put("getImplicitCatalogName", null);
        mapping.put("getImplicitSchemaName", null);
        Object mappingDefaults = proxy("org.hibernate.boot.spi.MappingDefaults", mapping);
        Map<String, Object> effective = new HashMap<>();
        effective.put("getDefaultDiscriminatorColumnName", "DTYPE");
        effective.put("getDefaultIdColumnName", "id");
        effective.put("getDefaultTenantIdColumnName", "tenant_id");
        effective.put("getDefaultCatalogName", null);
        effective.put("getDefaultSchemaName", null);
        effective.put("isDefaultQuoteIdentifiers", false);
        Object effectiveDefaults = proxy("org.hibernate.boot.spi.EffectiveMappingDefaults", effective);
        // the database applies it to the (absent) default catalog and schema only
        Object keepNames = Proxy.newProxyInstance(loader, new Class<?>[] {type(NAMING + "PhysicalNamingStrategy")},
                (self, method, args) -> method.getName().startsWith("toPhysical") ? args[0] : null);
        Map<String, Object> options = new HashMap<>();
        options.put("getServiceRegistry", registry);
        options.put("getTypeConfiguration", null);
        options.put("getPhysicalNamingStrategy", keepNames);
        options.put("getMappingDefaults", mappingDefaults);
        options.put("getSchemaCharset", null);
        Class<?> optionsType = type("org.hibernate.boot.spi.MetadataBuildingOptions");
        Object buildingOptions = proxy(optionsType.getName(), options);
        Object database = type("org.hibernate.boot.model.relational.Database")
                .getConstructor(optionsType, type("org.hibernate.engine.jdbc.env.spi.JdbcEnvironment"))
                .newInstance(buildingOptions, jdbcEnvironment);
        Object collector = proxy("org.hibernate.boot.spi.InFlightMetadataCollector", Map.of("getDatabase", database));
        return proxy("org.hibernate.boot.spi.MetadataBuildingContext", Map.of("getMetadataCollector", collector,
                "getBuildingOptions", buildingOptions, "getEffectiveDefaults", effectiveDefaults));
    }

    /** PostgreSQL's dialect, which {@code Identifier.render} and the database use; null if it will not start. */
    private Object dialect() {
        try {
            return type("org.hibernate.dialect.PostgreSQLDialect").getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }
}
