package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SourceInfo;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationInfoList;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.ScanResult;
import io.github.classgraph.TypeSignature;
import io.github.classgraph.TypeVariableSignature;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The entities of a scan with what Hibernate reads of each class hierarchy: the entity name, the
 * entity superclass, the inheritance strategy of its root, and the persistent fields the entity
 * declares itself or takes from the mapped superclasses above it (superclasses that are neither
 * entities nor mapped superclasses contribute nothing, as in Hibernate).
 */
final class EntityScan {

    /** A persistent field (or, for an embeddable, a field of it). */
    record Attribute(String name, TypeSignature type, AnnotationInfoList annotations, String declaringClass,
                     SourceInfo.Member source) {
        AnnotationInfo jpa(String simple) {
            return JpaAnnotations.find(annotations, simple);
        }

        boolean has(String simple) {
            return JpaAnnotations.has(annotations, simple);
        }

        AnnotationInfo hibernate(String simple) {
            return JpaAnnotations.hibernate(annotations, simple);
        }
    }

    /** One entity; {@code parent} is its nearest entity superclass (null for a root). */
    record Entity(ClassInfo cls, String entityName, Entity parent, List<Attribute> attributes, SourceInfo source) {
        String javaName() {
            return cls.getName().replace('$', '.');
        }

        Entity root() {
            return parent == null ? this : parent.root();
        }

        /** SINGLE_TABLE (JPA's default), JOINED or TABLE_PER_CLASS: the root's {@code @Inheritance}. */
        String strategy() {
            AnnotationInfo inheritance = JpaAnnotations.find(root().cls.getAnnotationInfo(), "Inheritance");
            return JpaAnnotations.enumName(inheritance, "strategy", "SINGLE_TABLE");
        }

        AnnotationInfo jpa(String simple) {
            return JpaAnnotations.find(cls.getAnnotationInfo(), simple);
        }
    }

    private EntityScan() {
    }

    /** Every {@code @Entity} class, superclasses before subclasses, otherwise by class name. */
    static List<Entity> entities(ScanResult scan, Function<String, SourceInfo> sources, List<Problem> problems) {
        List<ClassInfo> classes = new ArrayList<>();
        for (String name : JpaSchemaReader.ENTITY) {
            classes.addAll(JpaSchemaReader.applications(scan, name));
        }
        classes.sort(Comparator.comparing(ClassInfo::getName));
        Map<String, Entity> byClass = new LinkedHashMap<>();
        for (ClassInfo cls : classes) {
            entity(cls, scan, sources, problems, byClass);
        }
        return List.copyOf(byClass.values());
    }

    private static Entity entity(ClassInfo cls, ScanResult scan, Function<String, SourceInfo> sources, List<Problem> problems,
                                 Map<String, Entity> byClass) {
        Entity known = byClass.get(cls.getName());
        if (known != null) {
            return known;
        }
        List<ClassInfo> mapped = new ArrayList<>();
        Entity parent = null;
        for (ClassInfo up = superclass(cls, scan, problems); up != null; up = superclass(up, scan, problems)) {
            if (isEntity(up)) {
                parent = entity(up, scan, sources, problems, byClass);
                break;
            }
            if (JpaAnnotations.has(up.getAnnotationInfo(), "MappedSuperclass")) {
                mapped.add(0, up);
            }
        }
        boolean property = propertyAccess(cls, scan);
        List<Attribute> attributes = new ArrayList<>();
        for (ClassInfo m : mapped) {
            attributes.addAll(property ? properties(m, sources.apply(m.getName())) : fields(m, sources.apply(m.getName()), problems));
        }
        SourceInfo source = sources.apply(cls.getName());
        attributes.addAll(property ? properties(cls, source) : fields(cls, source, problems));
        String simple = cls.getName().substring(cls.getName().lastIndexOf('.') + 1);
        String entityName = JpaAnnotations.string(JpaAnnotations.find(cls.getAnnotationInfo(), "Entity"), "name", "");
        Entity e = new Entity(cls, entityName.isEmpty() ? simple : entityName, parent, List.copyOf(attributes), source);
        byClass.put(cls.getName(), e);
        return e;
    }

    /**
     * Whether the hierarchy uses property access, as JPA decides it: {@code @Access} on the class, else
     * where the {@code @Id} (or {@code @EmbeddedId}) is placed in the hierarchy, on a field or a getter.
     */
    static boolean propertyAccess(ClassInfo cls, ScanResult scan) {
        String explicit = JpaAnnotations.enumName(JpaAnnotations.find(cls.getAnnotationInfo(), "Access"), "value", "");
        if (!explicit.isEmpty()) {
            return explicit.equals("PROPERTY");
        }
        for (ClassInfo c = cls; c != null && c.getResource() != null; c = c.getSuperclass()) {
            for (FieldInfo f : c.getDeclaredFieldInfo()) {
                if (JpaAnnotations.has(f.getAnnotationInfo(), "Id") || JpaAnnotations.has(f.getAnnotationInfo(), "EmbeddedId")) {
                    return false;
                }
            }
            for (MethodInfo m : c.getDeclaredMethodInfo()) {
                if (JpaAnnotations.has(m.getAnnotationInfo(), "Id") || JpaAnnotations.has(m.getAnnotationInfo(), "EmbeddedId")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The persistent properties of one class under property access: its getters, not static, not {@code @Transient}. */
    static List<Attribute> properties(ClassInfo cls, SourceInfo source) {
        List<Attribute> out = new ArrayList<>();
        for (MethodInfo m : cls.getDeclaredMethodInfo()) {
            String n = m.getName();
            TypeSignature type = m.getTypeSignatureOrTypeDescriptor().getResultType();
            boolean getter = n.startsWith("get") && n.length() > 3
                    || n.startsWith("is") && n.length() > 2 && "boolean".equals(JpaTypes.typeName(type));
            if (!getter || m.getParameterInfo().length > 0 || m.isStatic() || m.isSynthetic() || m.isBridge()
                    || "void".equals(JpaTypes.typeName(type)) || JpaAnnotations.has(m.getAnnotationInfo(), "Transient")
                    || JpaAnnotations.hibernate(m.getAnnotationInfo(), "Formula") != null) {
                continue;
            }
            String name = decapitalize(n.substring(n.startsWith("is") ? 2 : 3));
            out.add(new Attribute(name, type, m.getAnnotationInfo(), cls.getName().replace('$', '.'),
                    source == null ? null : source.member(name)));
        }
        return out;
    }

    /** The JavaBeans property name of a getter's suffix: {@code Name} → {@code name}, {@code URL} stays {@code URL}. */
    private static String decapitalize(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static boolean isEntity(ClassInfo cls) {
        return JpaAnnotations.has(cls.getAnnotationInfo(), "Entity");
    }

    private static ClassInfo superclass(ClassInfo cls, ScanResult scan, List<Problem> problems) {
        var superRef = cls.getTypeSignatureOrTypeDescriptor().getSuperclassSignature();
        String name = superRef == null ? null : superRef.getFullyQualifiedClassName();
        if (name == null || name.equals("java.lang.Object")) {
            return null;
        }
        ClassInfo up = scan.getClassInfo(name);
        if (up == null || up.getResource() == null) {
            // an unscanned superclass may be a @MappedSuperclass holding the id: never guess it away
            problems.add(new Problem(cls.getName().replace('$', '.'), "extends " + name.replace('$', '.')
                    + ", whose compiled class is not in the scan, so its mapped fields (the @Id, perhaps) cannot be read.",
                    "add its package to the packages parameter, or put the jar or directory holding it on the classpath."));
            return null;
        }
        return up;
    }

    /** The persistent fields of one class, in declaration order: not static, not transient, not {@code @Transient}. */
    static List<Attribute> fields(ClassInfo cls, SourceInfo source, List<Problem> problems) {
        List<Attribute> out = new ArrayList<>();
        for (FieldInfo f : cls.getDeclaredFieldInfo()) {
            int mod = f.getModifiers();
            if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()
                    || JpaAnnotations.has(f.getAnnotationInfo(), "Transient")
                    || JpaAnnotations.hibernate(f.getAnnotationInfo(), "Formula") != null) {
                continue; // no column, as in Hibernate: correct, not a skip
            }
            TypeSignature type = f.getTypeSignatureOrTypeDescriptor();
            if (type instanceof TypeVariableSignature v) {
                problems.add(new Problem(cls.getName().replace('$', '.') + "." + f.getName(), "the field's type is the type "
                        + "variable " + v.getName() + ", which dibs does not resolve for JPA mapped superclasses.",
                        "give the field a concrete type."));
                continue;
            }
            out.add(new Attribute(f.getName(), type, f.getAnnotationInfo(), cls.getName().replace('$', '.'),
                    source == null ? null : source.member(f.getName())));
        }
        return out;
    }
}
