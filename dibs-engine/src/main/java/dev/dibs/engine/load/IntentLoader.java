package dev.dibs.engine.load;

import dev.dibs.engine.load.jpa.JpaNaming;
import dev.dibs.engine.load.jpa.JpaNamings;
import dev.dibs.engine.load.jpa.JpaSchemaReader;
import dev.dibs.engine.load.jpa.JpaSettings;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.naming.ManagedSchemas;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;

/**
 * Loads the Java schema: scans compiled classes for {@code @Table} with ClassGraph, reading
 * annotations from bytecode (no user class is loaded or initialised), and builds the model.
 *
 * <pre>{@code
 * LoadedSchema intent = IntentLoader.builder()
 *         .classpath(List.of(Path.of("target/classes"), dibsApiJar))
 *         .packages(List.of("com.acme.schema"))
 *         .load();
 * }</pre>
 *
 * The SQL files under {@code dibs/} on the same class path (functions, triggers, sequences, …; see
 * {@link SqlDeclaration}) are read and classified with it: the {@link LoadedSchema} carries the
 * declarations they hold. Every mistake found, in classes or files, is reported at once in a
 * {@link SchemaValidationException}.
 */
public final class IntentLoader {

    static final String TABLE = "dev.dibs.Table";

    private final List<Path> classpath;
    private final List<String> packages;
    private final List<String> namespaces;
    private final JpaSettings jpa;
    private final String tenant;

    private IntentLoader(Builder builder) {
        this.tenant = builder.tenant;
        this.classpath = List.copyOf(builder.classpath);
        this.packages = List.copyOf(builder.packages);
        this.namespaces = List.copyOf(builder.namespaces);
        this.jpa = builder.jpa;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * What this loader reads besides the class path's content: the class path itself, the packages,
     * the managed schemas, the tenant schema (null: none) and the JPA settings.
     */
    public record Settings(List<String> classpath, List<String> packages, List<String> schemas, String tenant, JpaSettings jpa) {
    }

    /** This loader's {@link Settings}. */
    public Settings settings() {
        return new Settings(classpath.stream().map(Path::toString).toList(), packages, namespaces, tenant, jpa);
    }

    /** The class path this loader scans (dibs-api among it). */
    public List<Path> classpath() {
        return classpath;
    }

    /** Scans and builds the schema. */
    public LoadedSchema load() {
        ManagedSchemas.checked(namespaces);
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ClassGraph graph = new ClassGraph()
                .overrideClasspath(scanPath(classpath).stream().map(Path::toString).toList())
                .enableClassInfo()
                .enableFieldInfo()
                .enableMethodInfo() // JPA property access: annotations on getters
                .enableAnnotationInfo()
                .ignoreFieldVisibility()
                .ignoreClassVisibility();
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(String[]::new));
        }
        try (ScanResult scan = graph.scan(); SourceInfo.Reader sources = new SourceInfo.Reader(classpath)) {
            JavaTypeMapper types = new JavaTypeMapper(scan);
            TableReader reader = new TableReader(types, scan, sources::read, problems).tenant(tenant);
            List<TableDraft> drafts = new ArrayList<>();
            Map<String, Set<String>> enumUsage = new LinkedHashMap<>();
            List<String> withoutSource = new ArrayList<>();
            List<ClassInfo> classes = new ArrayList<>(scan.getClassesWithAnnotation(TABLE));
            // an entity that is also a @Table is one problem (readEntities says it), not two descriptions
            classes.removeIf(c -> JpaSchemaReader.ENTITY.stream().anyMatch(c::hasAnnotation));
            classes.sort(Comparator.comparing(ClassInfo::getName));
            for (ClassInfo cls : classes) {
                SourceInfo info = sources.read(cls.getName());
                if (info == null) {
                    withoutSource.add(cls.getName());
                }
                TableDraft draft = reader.read(cls, info);
                drafts.add(draft);
                for (TableDraft.ColumnDraft c : draft.columns()) {
                    if (c.enumClass() != null && c.type() == null) {
                        enumUsage.computeIfAbsent(c.enumClass(), k -> new TreeSet<>()).add(draft.name().schema());
                    }
                }
            }
            JpaSchemaReader.Read entities = readEntities(scan, sources, problems, drafts);
            // A misspelt package finds nothing, and an empty Java schema means "drop every table":
            // say so. Without packages an empty result is normal (a project without tables yet)
            // unless the scan saw no class at all.
            if (classes.isEmpty() && entities.tables().isEmpty() && (!packages.isEmpty() || scan.getAllClasses().isEmpty())) {
                warnings.add(noTableClassesFound(packages) + ": the Java schema is empty, so every table in schemas ("
                        + String.join(", ", namespaces) + ") shows as not wanted. Check the packages parameter "
                        + "(dibs.packages) and that the project is compiled.");
            }
            if (!withoutSource.isEmpty()) {
                warnings.add(missingSourceWarning(withoutSource));
            }
            ViewRecordReader.Read viewRecords = new ViewRecordReader(types, problems).read(scan, enumUsage);
            Map<String, EnumReader.ReadEnum> enums = new LinkedHashMap<>(new EnumReader(scan, sources, problems).read(enumUsage));
            // the entities' NAMED_ENUM types, named and ordered as Hibernate creates them (not as a
            // dibs record's enum would be): their columns already carry the type, so no column
            // looks them up, and a key no class name has keeps them apart from a record's enum
            entities.enums().forEach((javaClass, type) ->
                    enums.put("@JdbcTypeCode " + javaClass, new EnumReader.ReadEnum(javaClass, type, Map.of())));
            List<TypedView> typedViews = typedViews(viewRecords.views(), enums);
            SchemaAssembler.Assembled assembled = new SchemaAssembler(problems, warnings).assemble(drafts, enums, namespaces);
            // the SQL files are read and classified here, so that no goal builds a schema without them
            // and their problems come in the same failure as the Java ones, before anything runs
            int javaProblems = problems.size();
            Map<QualifiedName, String> javaTables = new LinkedHashMap<>();
            assembled.origins().tables().forEach((name, origin) -> javaTables.put(name, origin.javaName()));
            // the entities' sequences first (like the tables, they are the Java schema's), then the
            // @View records' statements: typed read models are over the tables
            List<SqlFile> files = new ArrayList<>(entities.statements());
            files.addAll(viewRecords.statements());
            files.addAll(SqlFile.find(classpath, problems));
            List<SqlDeclaration> declarations = new SqlFileClassifier(namespaces, javaTables, problems).inTenantMode(tenant != null)
                    .classify(files);
            SqlRenames.partitionedTables(declarations, namespaces, javaTables.keySet(), assembled.schema().tables().stream()
                    .filter(t -> t.options().partitioned()).map(t -> t.name()).collect(java.util.stream.Collectors.toSet()), problems);
            if (!problems.isEmpty()) {
                throw new SchemaValidationException(subject(javaProblems, problems.size() - javaProblems), problems);
            }
            Schema schema = DeclaredCollations.resolve(assembled.schema(), DeclaredCollations.of(declarations, namespaces));
            return new LoadedSchema(schema, assembled.renames().with(SqlRenames.of(declarations, namespaces, javaTables.keySet())),
                    assembled.origins(), warnings, declarations, typedViews, namespaces);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled classes on " + classpath, e);
        }
    }

    /**
     * Maps the JPA entities of the scan and adds their tables to {@code drafts}. An entity that is
     * also a dibs {@code @Table} class is a problem (two descriptions of one table), and so are
     * entities without a naming: a wrong guess would rename every table.
     */
    private JpaSchemaReader.Read readEntities(ScanResult scan, SourceInfo.Reader sources, List<Problem> problems,
                                              List<TableDraft> drafts) {
        List<ClassInfo> entities = new ArrayList<>();
        JpaSchemaReader.ENTITY.forEach(a -> entities.addAll(JpaSchemaReader.applications(scan, a)));
        if (entities.isEmpty()) {
            return new JpaSchemaReader.Read(List.of(), List.of());
        }
        entities.sort(Comparator.comparing(ClassInfo::getName));
        for (ClassInfo e : entities) {
            if (e.hasAnnotation(TABLE)) {
                problems.add(new Problem(e.getName().replace('$', '.'), "the class is both a JPA @Entity and a dibs @Table.",
                        "remove dibs's @Table: the entity's JPA annotations describe its table."));
            }
        }
        if (jpa.naming().isEmpty()) {
            problems.add(new Problem(entities.get(0).getName().replace('$', '.'), "JPA @Entity classes found ("
                    + entities.get(0).getName().replace('$', '.') + (entities.size() > 1 ? " and " + (entities.size() - 1) + " more" : "")
                    + ") but jpaNaming is not set.", "set jpaNaming to spring (Spring Boot's default naming) or hibernate "
                    + "(plain Hibernate, Quarkus, Jakarta EE) — a wrong guess would rename every table."));
            return new JpaSchemaReader.Read(List.of(), List.of());
        }
        JpaNaming naming = JpaNamings.resolve(jpa, classpath, problems);
        if (naming == null) {
            return new JpaSchemaReader.Read(List.of(), List.of());
        }
        JpaSchemaReader.Read read = new JpaSchemaReader(scan, naming, sources::read, problems)
                .beanValidation(dev.dibs.engine.load.jpa.JpaBeanValidation.providerOn(classpath)).read();
        drafts.addAll(read.tables());
        return read;
    }

    /** The records' typed views, each enum-typed component given its enum's SQL type. */
    private static List<TypedView> typedViews(List<ViewRecordReader.Draft> drafts, Map<String, EnumReader.ReadEnum> enums) {
        List<TypedView> out = new ArrayList<>();
        for (ViewRecordReader.Draft d : drafts) {
            List<TypedView.Component> components = new ArrayList<>();
            for (TypedView.Component c : d.components()) {
                String enumClass = d.enumComponents().get(c.javaName());
                EnumReader.ReadEnum e = enumClass == null ? null : enums.get(enumClass.replace("[]", ""));
                if (e == null) {
                    components.add(c);
                } else {
                    PgType type = PgType.user(e.type().name().schema(), e.type().name().name());
                    components.add(new TypedView.Component(c.javaName(), c.javaType(), c.column(),
                            enumClass.endsWith("[]") ? type.arrayOf() : type, false));
                }
            }
            out.add(new TypedView(d.javaClass(), d.view(), components));
        }
        return out;
    }

    /** What has the problems, for the first line of the failure. */
    private static String subject(int inJava, int inFiles) {
        return inFiles == 0 ? SchemaValidationException.JAVA_SCHEMA
                : inJava == 0 ? "The SQL files under dibs/" : "The Java schema and the SQL files under dibs/";
    }

    /**
     * The classpath without dibs-api. When ClassGraph can see the annotation classes it unwraps
     * repeated annotations itself, but returns them sorted, not in source order; the order matters
     * (unnamed indexes on the same columns are numbered in declaration order, as Postgres does), so
     * the loader reads the containers itself, with defaults kept in code.
     */
    static List<Path> scanPath(List<Path> classpath) {
        return classpath.stream().filter(p -> !holdsDibsApi(p)).toList();
    }

    private static boolean holdsDibsApi(Path element) {
        String marker = "dev/dibs/Table.class";
        if (Files.isDirectory(element)) {
            return Files.exists(element.resolve(marker));
        }
        if (Files.isRegularFile(element)) {
            try (JarFile jar = new JarFile(element.toFile())) {
                return jar.getEntry(marker) != null;
            } catch (IOException e) {
                return false; // not a jar ClassGraph can read either; let it report the problem
            }
        }
        return false;
    }

    /**
     * The start of what dibs says when the scan found no {@code @Table} class:
     * {@code no @Table classes found in com.acme (packages)}.
     */
    public static String noTableClassesFound(List<String> packages) {
        return packages.isEmpty() ? "no @Table classes found on the classpath"
                : "no @Table classes found in " + String.join(", ", packages) + " (packages)";
    }

    private static String missingSourceWarning(List<String> classes) {
        String some = String.join(", ", classes.subList(0, Math.min(3, classes.size())))
                + (classes.size() > 3 ? " and " + (classes.size() - 3) + " more" : "");
        return "No source information for " + classes.size() + " @Table " + (classes.size() == 1 ? "class" : "classes")
                + " (" + some + "): the dibs annotation processor did not run when they were compiled, so Javadoc "
                + "comments and source positions are missing. On JDK 23 and newer javac runs processors only when asked: "
                + "add <proc>full</proc> (-proc:full) to maven-compiler-plugin, or list dev.dibs:dibs-api under its "
                + "<annotationProcessorPaths>.";
    }

    /** Builder of an {@link IntentLoader}. */
    public static final class Builder {
        private final List<Path> classpath = new ArrayList<>();
        private final List<String> packages = new ArrayList<>();
        private final List<String> namespaces = new ArrayList<>(List.of("public"));
        private String tenant;
        private JpaSettings jpa = JpaSettings.NONE;

        private Builder() {
        }

        /** How JPA {@code @Entity} classes on the class path are named (see {@link JpaSettings}). */
        public Builder jpa(JpaSettings settings) {
            jpa = settings;
            return this;
        }

        /**
         * Compiled classes to scan, plus their dependencies (dibs-api among them); the SQL files under
         * {@code dibs/} in any of them are read too (a schema module's jar carries its files).
         */
        public Builder classpath(List<Path> elements) {
            classpath.addAll(elements);
            return this;
        }

        /** Limits the scan to these packages (and their sub-packages); empty scans everything. */
        public Builder packages(List<String> names) {
            packages.addAll(names);
            return this;
        }

        /**
         * The Postgres schemas dibs manages (default {@code public}). A {@code @Table} or
         * {@code @PgEnum} in any other schema is a problem: it must not make its schema managed.
         */
        public Builder schemas(List<String> names) {
            namespaces.clear();
            namespaces.addAll(names);
            return this;
        }

        /**
         * Tenant mode: every {@code @Table} class lands in this schema (the first of {@code schemas}),
         * and one naming its own schema is a problem.
         */
        public Builder tenant(String schema) {
            this.tenant = schema;
            return this;
        }

        public IntentLoader build() {
            if (tenant != null && !tenant.equals(namespaces.get(0))) {
                throw new IllegalArgumentException("the tenant schema must be the first of the schemas");
            }
            return new IntentLoader(this);
        }

        public LoadedSchema load() {
            return build().load();
        }
    }
}
