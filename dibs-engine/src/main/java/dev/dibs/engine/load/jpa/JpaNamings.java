package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The naming {@link JpaSettings} ask for. {@code spring} and {@code hibernate} are dibs's ports of the
 * two setups; a strategy class named in {@code jpaNaming} itself stands on {@code hibernate}'s; a custom strategy class (the plugin's {@code jpaImplicitNaming}/{@code jpaPhysicalNaming})
 * replaces that part of the setup with the application's own class, the one place dibs runs project
 * code. A Spring Boot application names the same classes in {@code spring.jpa.hibernate.naming.implicit-strategy}
 * and {@code spring.jpa.hibernate.naming.physical-strategy}: the values can be copied as they are.
 */
public final class JpaNamings {

    static final String NAMING = "jpaNaming";
    static final String IMPLICIT = "jpaImplicitNaming";
    static final String PHYSICAL = "jpaPhysicalNaming";

    /** A fully qualified Java class name (a nested class with {@code $}). */
    private static final java.util.regex.Pattern CLASS_NAME =
            java.util.regex.Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)+");

    /** A strategy parameter's class: in a package, or (as Hibernate allows) in none. */
    private static final java.util.regex.Pattern ANY_CLASS_NAME =
            java.util.regex.Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

    private static final String WORDS = "set jpaNaming to spring (Spring Boot's default naming) or hibernate"
            + " (plain Hibernate, Quarkus, Jakarta EE).";

    private JpaNamings() {
    }

    /**
     * The naming the settings ask for; custom strategy classes are loaded from {@code classpath} (the
     * project's compile class path, which holds its hibernate-core) in a class loader of their own
     * whose parent is the platform class loader, so neither dibs's classes nor the Maven build's leak in.
     * A mistake is one {@link Problem} naming the parameter and the fix, and the result is then null, as
     * it is when {@code jpaNaming} is not set at all (the loader says so once it finds an entity).
     */
    public static JpaNaming resolve(JpaSettings settings, List<Path> classpath, List<Problem> problems) {
        List<Problem> written = check(settings);
        if (!written.isEmpty()) {
            problems.addAll(written);
            return null;
        }
        JpaNaming base;
        switch (settings.naming().toLowerCase(Locale.ROOT)) {
            case "spring" -> base = JpaNaming.spring();
            case "hibernate" -> base = JpaNaming.hibernate();
            case "" -> {
                return null;
            }
            default -> {
                return resolveClass(settings.naming(), classpath, problems); // a class name: check let no other word through
            }
        }
        if (settings.implicitStrategy().isEmpty() && settings.physicalStrategy().isEmpty()) {
            return base;
        }
        return custom(base, settings, loader(classpath), IMPLICIT, PHYSICAL, problems);
    }

    /**
     * The mistakes of the settings as written, found without loading anything (so before a goal
     * connects): {@code jpaNaming} neither a naming dibs knows nor a class name, a class in it with a
     * strategy class on top, a strategy parameter that is no class name.
     */
    public static List<Problem> check(JpaSettings settings) {
        List<Problem> problems = new ArrayList<>();
        String word = settings.naming().toLowerCase(Locale.ROOT);
        boolean known = word.isEmpty() || word.equals("spring") || word.equals("hibernate");
        if (!known && !CLASS_NAME.matcher(settings.naming()).matches()) {
            problems.add(new Problem(NAMING, "jpaNaming is \"" + settings.naming() + "\", which is not a naming dibs knows.", WORDS
                    + " A custom strategy class goes in jpaImplicitNaming or jpaPhysicalNaming, on top of one of them."));
        } else if (!known && (!settings.implicitStrategy().isEmpty() || !settings.physicalStrategy().isEmpty())) {
            problems.add(new Problem(NAMING, "jpaNaming names the class " + settings.naming() + ", and "
                    + (settings.implicitStrategy().isEmpty() ? PHYSICAL : IMPLICIT) + " names another strategy on top of it.",
                    "set jpaNaming to spring or hibernate, and give each class in jpaImplicitNaming or jpaPhysicalNaming."));
        }
        for (String[] strategy : new String[][] {{IMPLICIT, settings.implicitStrategy()}, {PHYSICAL, settings.physicalStrategy()}}) {
            if (!strategy[1].isEmpty() && !ANY_CLASS_NAME.matcher(strategy[1]).matches()) {
                problems.add(new Problem(strategy[0], strategy[0] + " is \"" + strategy[1] + "\", which is not a class name.",
                        "give the fully qualified name of the application's naming strategy class (com.acme.db.Naming)."));
            }
        }
        return problems;
    }

    /** {@code base} with the strategy classes {@code settings} name, each mistake a problem naming the parameter that gave it. */
    private static JpaNaming custom(JpaNaming base, JpaSettings settings, ClassLoader loader, String implicitParameter,
                                    String physicalParameter, List<Problem> problems) {
        int before = problems.size();
        HibernateBridge bridge = bridge(loader, settings.implicitStrategy().isEmpty() ? physicalParameter : implicitParameter, problems);
        if (bridge == null) {
            return null;
        }
        Object implicit = strategy(implicitParameter, settings.implicitStrategy(), "ImplicitNamingStrategy", loader, problems);
        Object physical = strategy(physicalParameter, settings.physicalStrategy(), "PhysicalNamingStrategy", loader, problems);
        return problems.size() > before ? null : new CustomNaming(base, bridge, implicit, physical);
    }

    /**
     * {@code jpaNaming} naming a strategy class, as Hibernate's own {@code hibernate.physical_naming_strategy}
     * or {@code implicit_naming_strategy} would: that part of plain Hibernate's setup is the class, the
     * rest Hibernate's (with Spring Boot's, set jpaNaming to spring and the class in jpaPhysicalNaming).
     */
    private static JpaNaming resolveClass(String className, List<Path> classpath, List<Problem> problems) {
        ClassLoader loader = loader(classpath);
        boolean implicit = implementsNaming(className, "ImplicitNamingStrategy", loader);
        boolean physical = implementsNaming(className, "PhysicalNamingStrategy", loader);
        if (!implicit && !physical) {
            problems.add(new Problem(NAMING, "jpaNaming is \"" + className + "\", which is neither a naming dibs knows nor a"
                    + " class on the project's compile class path implementing Hibernate's ImplicitNamingStrategy or"
                    + " PhysicalNamingStrategy.", WORDS + " Or give the fully qualified name of the application's naming"
                    + " strategy class (compiled in this project or one of its dependencies, with hibernate-core)."));
            return null;
        }
        return custom(JpaNaming.hibernate(), new JpaSettings("hibernate", implicit ? className : "", physical ? className : ""), loader,
                NAMING, NAMING, problems);
    }

    /** Whether {@code className} loads from {@code loader} and implements Hibernate's naming interface {@code kind}. */
    private static boolean implementsNaming(String className, String kind, ClassLoader loader) {
        try {
            return Class.forName(HibernateBridge.NAMING + kind, false, loader).isAssignableFrom(Class.forName(className, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Not closed: the strategies answer for the whole load, and the loader's jars go with the build's JVM. */
    private static ClassLoader loader(List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path p : classpath) {
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a class path entry: " + p, e);
            }
        }
        return new URLClassLoader("dibs-jpa-naming", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static HibernateBridge bridge(ClassLoader loader, String parameter, List<Problem> problems) {
        try {
            return new HibernateBridge(loader);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            problems.add(new Problem(parameter, "a custom naming strategy needs Hibernate, but hibernate-core is not on"
                    + " the project's class path (" + e.getMessage() + " not found).",
                    "add the application's org.hibernate.orm:hibernate-core dependency to the project, or leave "
                            + IMPLICIT + " and " + PHYSICAL + " empty."));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            problems.add(new Problem(parameter, "dibs cannot use the project's Hibernate to run a custom naming strategy: "
                    + e, "use hibernate-core 6 or 7 in the project, or leave " + IMPLICIT + " and " + PHYSICAL
                    + " empty and set the names in the mapping."));
        }
        return null;
    }

    /** The application's strategy, or null when {@code className} is empty or a Problem was added. */
    private static Object strategy(String parameter, String className, String kind, ClassLoader loader,
            List<Problem> problems) {
        if (className.isEmpty()) {
            return null;
        }
        String where = parameter + " (" + className + ")";
        String interfaceName = HibernateBridge.NAMING + kind;
        Class<?> type;
        Class<?> expected;
        try {
            expected = Class.forName(interfaceName, false, loader);
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            problems.add(new Problem(where, "class " + className + " is not on the project's compile class path.",
                    "give the fully qualified name of a class compiled in this project or one of its dependencies"
                            + " (a Spring Boot application: the value of spring.jpa.hibernate.naming."
                            + (kind.startsWith("Implicit") ? "implicit" : "physical") + "-strategy)."));
            return null;
        } catch (LinkageError e) {
            problems.add(new Problem(where, "class " + className + " cannot be loaded: " + e, "compile the project"
                    + " (mvn compile) so that the class and what it uses are on its class path."));
            return null;
        }
        if (!expected.isAssignableFrom(type)) {
            problems.add(new Problem(where, className + " does not implement " + interfaceName + ".",
                    "name a class implementing " + interfaceName + " in " + parameter + "."));
            return null;
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            problems.add(new Problem(where, className + " is abstract, so it cannot be created.",
                    "name a concrete class in " + parameter + "."));
            return null;
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            problems.add(new Problem(where, className + " has no public no-argument constructor, which dibs (like"
                    + " Hibernate given a class name) creates it with.",
                    "add a public no-argument constructor to " + className + "."));
            return null;
        }
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            problems.add(new Problem(where, "creating " + className + " threw " + cause.getClass().getName()
                    + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")") + ".",
                    "make its no-argument constructor work outside the running application (no Spring context,"
                            + " no Hibernate session)."));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            problems.add(new Problem(where, "creating " + className + " failed: " + e,
                    "make " + className + " and its no-argument constructor public."));
        }
        return null;
    }
}
