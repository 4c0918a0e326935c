package dev.dibs.engine.load.jpa;

import io.github.classgraph.AnnotationEnumValue;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationInfoList;
import io.github.classgraph.AnnotationParameterValueList;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JPA and Hibernate annotations from ClassGraph's bytecode view. Neither jakarta.persistence
 * nor Hibernate is on dibs's class path, so every default is the caller's (JPA's defaults, kept in
 * code), and a repeatable annotation's container is unwrapped by hand. {@code javax.persistence}
 * is read as {@code jakarta.persistence}: the annotations have the same names and attributes.
 */
final class JpaAnnotations {

    static final List<String> PACKAGES = List.of("jakarta.persistence.", "javax.persistence.");
    static final String HIBERNATE = "org.hibernate.annotations.";

    private JpaAnnotations() {
    }

    /** {@code jakarta.persistence.<simple>} or {@code javax.persistence.<simple>}, or null. */
    static AnnotationInfo find(AnnotationInfoList list, String simple) {
        if (list == null) {
            return null;
        }
        for (String p : PACKAGES) {
            AnnotationInfo info = list.get(p + simple);
            if (info != null) {
                return info;
            }
        }
        return null;
    }

    static boolean has(AnnotationInfoList list, String simple) {
        return find(list, simple) != null;
    }

    /** {@code org.hibernate.annotations.<simple>}, or null. */
    static AnnotationInfo hibernate(AnnotationInfoList list, String simple) {
        return list == null ? null : list.get(HIBERNATE + simple);
    }

    /** The bare annotations and those inside their container ({@code JoinColumn} and {@code JoinColumns}), in source order. */
    static List<AnnotationInfo> repeated(AnnotationInfoList list, String simple, String container) {
        List<AnnotationInfo> found = new ArrayList<>();
        if (list == null) {
            return found;
        }
        for (AnnotationInfo info : list) {
            String n = info.getName();
            for (String p : PACKAGES) {
                if (n.equals(p + simple)) {
                    found.add(info);
                } else if (n.equals(p + container)) {
                    found.addAll(nested(info, "value"));
                }
            }
        }
        return found;
    }

    /** A parameter as written, else {@code defaultValue} (also when the annotation is absent: null). */
    static String string(AnnotationInfo info, String parameter, String defaultValue) {
        Object value = info == null ? null : values(info).getValue(parameter);
        return value == null ? defaultValue : value.toString();
    }

    static boolean bool(AnnotationInfo info, String parameter, boolean defaultValue) {
        Object value = info == null ? null : values(info).getValue(parameter);
        return value instanceof Boolean b ? b : defaultValue;
    }

    static int integer(AnnotationInfo info, String parameter, int defaultValue) {
        Object value = info == null ? null : values(info).getValue(parameter);
        return value instanceof Number n ? n.intValue() : defaultValue;
    }

    /** An enum-valued parameter as the constant's name. */
    static String enumName(AnnotationInfo info, String parameter, String defaultValue) {
        Object value = info == null ? null : values(info).getValue(parameter);
        if (value instanceof AnnotationEnumValue e) {
            return e.getValueName();
        }
        return value == null ? defaultValue : value.toString();
    }

    /** A class-valued parameter's class name, or null. */
    static String className(AnnotationInfo info, String parameter) {
        Object value = info == null ? null : values(info).getValue(parameter);
        if (value instanceof io.github.classgraph.AnnotationClassRef ref) {
            return ref.getName();
        }
        return null;
    }

    /** An annotation-valued parameter (one annotation, or each of an array), in source order. */
    static List<AnnotationInfo> nested(AnnotationInfo info, String parameter) {
        List<AnnotationInfo> found = new ArrayList<>();
        Object value = info == null ? null : values(info).getValue(parameter);
        if (value instanceof AnnotationInfo one) {
            found.add(one);
        } else if (value instanceof Object[] array) {
            for (Object element : array) {
                if (element instanceof AnnotationInfo a) {
                    found.add(a);
                }
            }
        }
        return found;
    }

    /** A string-array parameter (a single string counts as one). */
    static List<String> strings(AnnotationInfo info, String parameter) {
        Object value = info == null ? null : values(info).getValue(parameter);
        if (value instanceof Object[] array) {
            List<String> out = new ArrayList<>();
            for (Object o : array) {
                out.add(o.toString());
            }
            return out;
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private static AnnotationParameterValueList values(AnnotationInfo info) {
        return info.getParameterValues(false);
    }
}
