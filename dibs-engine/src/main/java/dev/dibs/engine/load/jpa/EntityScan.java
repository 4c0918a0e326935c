package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SourceInfo;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationInfoList;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
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
            classes.addAll(scan.getClassesWithAnnotation(name));
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
        List<Attribute> attributes = new ArrayList<>();
        for (ClassInfo m : mapped) {
            attributes.addAll(fields(m, sources.apply(m.getName()), problems));
        }
        SourceInfo source = sources.apply(cls.getName());
        attributes.addAll(fields(cls, source, problems));
        String simple = cls.getName().substring(cls.getName().lastIndexOf('.') + 1);
        String entityName = JpaAnnotations.string(JpaAnnotations.find(cls.getAnnotationInfo(), "Entity"), "name", "");
        Entity e = new Entity(cls, entityName.isEmpty() ? simple : entityName, parent, List.copyOf(attributes), source);
        byClass.put(cls.getName(), e);
        return e;
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
