package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The defaults the readers copy from dibs-api ({@link ApiDefaults}) are dibs-api's own, read here
 * by reflection: a default changed, added or removed there fails this test until it is copied.
 */
class ApiDefaultsTest {

    /** The value as {@link ApiDefaults} keeps it: an enum constant by its name, an array as a list. */
    private static Object asCopied(Object apiDefault) {
        if (apiDefault instanceof Object[] array) {
            return List.of(array);
        }
        return apiDefault instanceof Enum<?> e ? e.name() : apiDefault;
    }

    private static Class<?> annotation(String simpleName) throws ClassNotFoundException {
        return Class.forName(Annotations.API + simpleName);
    }

    @Test
    void everyCopiedDefaultIsTheOneDibsApiDeclares() throws Exception {
        Map<String, Object> declared = new TreeMap<>();
        for (String key : ApiDefaults.VALUES.keySet()) {
            String[] parts = key.split("\\.");
            Method attribute = annotation(parts[0]).getMethod(parts[1]);
            declared.put(key, attribute.getDefaultValue() == null ? "(required, no default)" : asCopied(attribute.getDefaultValue()));
        }

        assertThat(new TreeMap<>(ApiDefaults.VALUES)).isEqualTo(declared);
    }

    @Test
    void everyDefaultOfTheAnnotationsReadIsCopied() throws Exception {
        Set<String> annotations = ApiDefaults.VALUES.keySet().stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        // the ones read whose every attribute is required: nothing to copy, so not among the keys
        assertThat(annotations).doesNotContain("Default", "RenamedFrom");
        for (String required : List.of("Default", "RenamedFrom")) {
            assertThat(annotation(required).getDeclaredMethods()).allMatch(m -> m.getDefaultValue() == null, required);
        }
        List<String> withDefaults = new ArrayList<>();
        for (String name : annotations) {
            for (Method m : annotation(name).getDeclaredMethods()) {
                if (m.getDefaultValue() != null) {
                    withDefaults.add(name + "." + m.getName());
                }
            }
        }

        assertThat(withDefaults).containsExactlyInAnyOrderElementsOf(ApiDefaults.VALUES.keySet());
    }
}
