package dev.dibs.engine.load.jpa;

import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationInfoList;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.ScanResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A repeatable annotation's container as written. When the JPA jar is scanned too, ClassGraph
 * knows {@code @JoinColumn} is repeatable and replaces {@code @JoinColumns(value = …, foreignKey = …)}
 * by the bare {@code @JoinColumn}s, losing the container's own {@code foreignKey} (the name Hibernate
 * gives the constraint). The declaring class is then read once more on its own, where ClassGraph
 * cannot know the annotation is repeatable and keeps the container.
 */
final class JpaContainers {

    /** A container's {@code foreignKey} as written: its {@code name} and {@code value} (CONSTRAINT, NO_CONSTRAINT…). */
    record ForeignKey(String name, String value) {
    }

    private static final ForeignKey NONE = new ForeignKey("", "");

    private final ScanResult scan;
    private final Map<String, ForeignKey> byMember = new HashMap<>();

    JpaContainers(ScanResult scan) {
        this.scan = scan;
    }

    /** The {@code foreignKey} of the container ({@code JoinColumns}) on a member of {@code declaringClass}, or null. */
    ForeignKey foreignKey(String declaringClass, String member, String container) {
        ForeignKey fk = byMember.computeIfAbsent(declaringClass + "#" + member + "#" + container,
                k -> read(declaringClass, member, container));
        return fk == NONE ? null : fk;
    }

    private ForeignKey read(String declaringClass, String member, String container) {
        ClassInfo cls = classInfo(declaringClass);
        if (cls == null || cls.getClasspathElementURI() == null) {
            return NONE;
        }
        try (ScanResult alone = new ClassGraph().overrideClasspath(cls.getClasspathElementURI()).acceptClasses(cls.getName())
                .enableClassInfo().enableFieldInfo().enableMethodInfo().enableAnnotationInfo().ignoreFieldVisibility()
                .ignoreMethodVisibility().ignoreClassVisibility().scan()) {
            ClassInfo again = alone.getClassInfo(cls.getName());
            AnnotationInfoList list = again == null ? null : annotations(again, member);
            List<AnnotationInfo> fk = JpaAnnotations.nested(JpaAnnotations.find(list, container), "foreignKey");
            if (fk.isEmpty()) {
                return NONE;
            }
            return new ForeignKey(JpaAnnotations.string(fk.get(0), "name", ""), JpaAnnotations.enumName(fk.get(0), "value", ""));
        }
    }

    private static AnnotationInfoList annotations(ClassInfo cls, String member) {
        FieldInfo f = cls.getDeclaredFieldInfo(member);
        if (f != null && !f.getAnnotationInfo().isEmpty()) {
            return f.getAnnotationInfo();
        }
        String cap = member.isEmpty() ? member : Character.toUpperCase(member.charAt(0)) + member.substring(1);
        for (MethodInfo m : cls.getDeclaredMethodInfo()) {
            if ((m.getName().equals("get" + cap) || m.getName().equals("is" + cap)) && m.getParameterInfo().length == 0) {
                return m.getAnnotationInfo();
            }
        }
        return null;
    }

    /** The class of an attribute's declaring class name (nested classes are written with dots there). */
    private ClassInfo classInfo(String name) {
        ClassInfo cls = scan.getClassInfo(name);
        for (int i = name.lastIndexOf('.'); cls == null && i > 0; i = name.lastIndexOf('.', i - 1)) {
            name = name.substring(0, i) + "$" + name.substring(i + 1);
            cls = scan.getClassInfo(name);
        }
        return cls;
    }
}
