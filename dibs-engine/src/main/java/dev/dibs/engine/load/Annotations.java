package dev.dibs.engine.load;

import io.github.classgraph.AnnotationEnumValue;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationInfoList;
import io.github.classgraph.AnnotationParameterValueList;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads dibs annotations from ClassGraph's bytecode view. The annotation classes may not be on the
 * scanned path (a package-restricted scan leaves dibs-api out), so defaults are kept in code ({@link ApiDefaults}),
 * and repeatable containers are unwrapped by hand.
 */
final class Annotations {

    static final String API = "dev.dibs.";

    private Annotations() {
    }

    /** The annotation {@code dev.dibs.<simpleName>}, or null. */
    static AnnotationInfo find(AnnotationInfoList list, String simpleName) {
        return list == null ? null : list.get(API + simpleName);
    }

    static boolean has(AnnotationInfoList list, String simpleName) {
        return find(list, simpleName) != null;
    }

    /**
     * Every {@code dev.dibs.<simpleName>} on the element: the bare ones and those wrapped in the
     * repeatable container {@code dev.dibs.<simpleName>$List}.
     */
    static List<AnnotationInfo> repeatable(AnnotationInfoList list, String simpleName) {
        List<AnnotationInfo> found = new ArrayList<>();
        if (list == null) {
            return found;
        }
        // ClassGraph unwraps containers itself when it can see the annotation class, so the list
        // may hold several entries of one name; when it cannot, the container is still there.
        for (AnnotationInfo info : list) {
            if (info.getName().equals(API + simpleName)) {
                found.add(info);
            }
        }
        for (AnnotationInfo container : list) {
            if (!container.getName().equals(API + simpleName + "$List")) {
                continue;
            }
            Object value = container.getParameterValues(false).getValue("value");
            if (value instanceof Object[] array) {
                for (Object element : array) {
                    if (element instanceof AnnotationInfo info) {
                        found.add(info);
                    }
                }
            }
        }
        return found;
    }

    /** A parameter that has a default in dibs-api: written, or else that default ({@link ApiDefaults}). */
    static String string(AnnotationInfo info, String parameter) {
        return string(info, parameter, (String) ApiDefaults.of(info, parameter));
    }

    static boolean bool(AnnotationInfo info, String parameter) {
        return bool(info, parameter, (Boolean) ApiDefaults.of(info, parameter));
    }

    static int integer(AnnotationInfo info, String parameter) {
        Object value = values(info).getValue(parameter);
        return value instanceof Integer i ? i : (Integer) ApiDefaults.of(info, parameter);
    }

    static String enumName(AnnotationInfo info, String parameter) {
        return enumName(info, parameter, (String) ApiDefaults.of(info, parameter));
    }

    /** A parameter as written, else {@code defaultValue}: for a required one, which is always written. */
    static String string(AnnotationInfo info, String parameter, String defaultValue) {
        Object value = values(info).getValue(parameter);
        return value == null ? defaultValue : value.toString();
    }

    /** A {@code String[]} parameter as written (one value written alone counts as one), else empty. */
    static java.util.List<String> strings(AnnotationInfo info, String parameter) {
        Object value = values(info).getValue(parameter);
        if (value instanceof Object[] array) {
            return java.util.Arrays.stream(array).map(String::valueOf).toList();
        }
        return value == null ? java.util.List.of() : java.util.List.of(value.toString());
    }

    static boolean bool(AnnotationInfo info, String parameter, boolean defaultValue) {
        Object value = values(info).getValue(parameter);
        return value instanceof Boolean b ? b : defaultValue;
    }

    /** An enum-valued parameter as the constant's name. */
    static String enumName(AnnotationInfo info, String parameter, String defaultValue) {
        Object value = values(info).getValue(parameter);
        if (value instanceof AnnotationEnumValue e) {
            return e.getValueName();
        }
        return value == null ? defaultValue : value.toString();
    }

    private static AnnotationParameterValueList values(AnnotationInfo info) {
        // Only explicitly written values: defaults come from the callers, whether or not the
        // annotation class itself was scanned.
        return info.getParameterValues(false);
    }

    /** Whether any annotation in the list has the simple name {@code Nullable}, whatever its package. */
    static boolean anyNamedNullable(AnnotationInfoList list) {
        if (list == null) {
            return false;
        }
        for (AnnotationInfo info : list) {
            String name = info.getName();
            String simple = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
            if (simple.equals("Nullable")) {
                return true;
            }
        }
        return false;
    }
}
