package dev.dibs.engine.load.jpa.oracle;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.testing.JavaSources;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate ORM itself as the oracle for JPA entity models: compiles a corpus model (Java sources
 * under {@code src/test/resources/jpa-corpus/<model>/}) against jakarta.persistence-api and
 * hibernate-core, and lets Hibernate create its schema on a real database exactly as an application
 * with {@code jakarta.persistence.schema-generation.database.action=create} would, with Spring Boot's
 * or plain Hibernate's naming.
 */
public final class HibernateOracle {

    /** The namings the oracle knows, as {@code JpaSettings.of} spells them. */
    public static final List<String> NAMINGS = List.of("hibernate", "spring");

    /** Hibernate logs through java.util.logging here: only what is severe, the DDL it ran is returned instead. */
    private static final java.util.logging.Logger HIBERNATE_LOG = quiet();

    private HibernateOracle() {
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.hibernate");
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    /** The corpus model's package, e.g. {@code corpus.petclinic} for {@code petclinic} and {@code petclinic-evolved}. */
    public static String packageOf(String model) {
        return "corpus." + model.replace("-evolved", "");
    }

    /** The jars entity sources compile against: jakarta.persistence-api and hibernate-core, as on the test class path. */
    public static List<Path> jpaJars() {
        return List.of(location(Entity.class), location(org.hibernate.Session.class));
    }

    /**
     * Compiles {@code jpa-corpus/<model>} into {@code dir} and returns the classpath to load: the
     * classes, dibs-api and the JPA jars.
     */
    public static List<Path> compile(String model, Path dir) {
        return JavaSources.compile(dir, sources(model), jpaJars());
    }

    /**
     * The model's sources, path relative to the source root → text. An evolved model's folder holds only
     * the files its evolution changes; the others are the model's own.
     */
    public static Map<String, String> sources(String model) {
        Path root = corpus().resolve(model);
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no corpus model " + model + " at " + root);
        }
        Map<String, String> out = model.endsWith("-evolved") ? sources(model.replace("-evolved", "")) : new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                out.put(packageOf(model).replace('.', '/') + "/" + root.relativize(f), Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Lets Hibernate create the compiled model's schema on {@code database}: first the schemas it
     * names (Hibernate does not create them), then its own DDL. Any statement PostgreSQL refuses
     * fails here (Hibernate would only log it otherwise).
     *
     * @param classpath as {@link #compile} returned it (its first element holds the classes)
     * @param schemas   the schemas besides {@code public} the model's tables live in
     * @return the DDL Hibernate ran, one statement a line
     */
    public static String create(List<Path> classpath, String model, String naming, ConnectionInfo database, List<String> schemas) {
        try (Connection c = database.open(); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                if (!schema.equals("public")) {
                    s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the schemas " + schemas + ": " + e.getMessage(), e);
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        assert HIBERNATE_LOG != null;
        Path script;
        try {
            script = Files.createTempFile("hibernate-" + model + "-" + naming, ".sql");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (URLClassLoader loader = new URLClassLoader(urls(classpath.get(0)), HibernateOracle.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            List<Class<?>> entities = entities(loader, classpath.get(0));
            if (entities.isEmpty()) {
                throw new IllegalStateException("model " + model + " has no @Entity class");
            }
            Map<String, Object> settings = settings(database);
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                entities.forEach(sources::addAnnotatedClass);
                MetadataBuilder builder = sources.getMetadataBuilder();
                if (naming.equals("spring")) {
                    builder.applyImplicitNamingStrategy(new SpringImplicitNamingStrategy());
                    // Spring Boot's default, CamelCaseToUnderscoresNamingStrategy, is (deprecated and) an empty subclass of this
                    builder.applyPhysicalNamingStrategy(new PhysicalNamingStrategySnakeCaseImpl());
                } else if (naming.equals("hibernate")) {
                    builder.applyImplicitNamingStrategy(ImplicitNamingStrategyJpaCompliantImpl.INSTANCE);
                    builder.applyPhysicalNamingStrategy(PhysicalNamingStrategyStandardImpl.INSTANCE);
                } else {
                    throw new IllegalArgumentException("naming " + naming + ": expected one of " + NAMINGS);
                }
                Metadata metadata = builder.build();
                Map<String, Object> action = new HashMap<>(settings);
                action.put("jakarta.persistence.schema-generation.database.action", "create");
                action.put("jakarta.persistence.schema-generation.scripts.action", "create");
                action.put("jakarta.persistence.schema-generation.scripts.create-target", script.toString());
                action.put("hibernate.hbm2ddl.delimiter", ";");
                SchemaManagementToolCoordinator.process(metadata, registry, action, x -> { });
                return Files.readString(script);
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(before);
            try {
                Files.deleteIfExists(script);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }

    private static Map<String, Object> settings(ConnectionInfo database) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
        settings.put("jakarta.persistence.jdbc.url", database.url());
        settings.put("jakarta.persistence.jdbc.user", database.user());
        settings.put("jakarta.persistence.jdbc.password", database.password() == null ? "" : database.password());
        settings.put("hibernate.connection.pool_size", "1");
        // a refused statement is a failure of the oracle, not a log line
        settings.put("hibernate.hbm2ddl.halt_on_error", "true");
        settings.put("jakarta.persistence.validation.mode", "none");
        return settings;
    }

    /** The classes under {@code classes} carrying {@code @Entity}, in name order. */
    private static List<Class<?>> entities(ClassLoader loader, Path classes) throws IOException {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                if (type.isAnnotationPresent(Entity.class)) {
                    out.add(type);
                }
            }
        }
        return out;
    }

    private static URL[] urls(Path classes) {
        try {
            return new URL[] {classes.toUri().toURL()};
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code src/test/resources/jpa-corpus}, as the build copied it to the test class path's resources. */
    private static Path corpus() {
        URL url = HibernateOracle.class.getResource("/jpa-corpus");
        if (url == null) {
            throw new IllegalStateException("jpa-corpus is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
