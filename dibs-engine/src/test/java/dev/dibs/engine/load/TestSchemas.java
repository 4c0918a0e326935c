package dev.dibs.engine.load;

import dev.dibs.engine.testing.JavaSources;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compiles small schema classes written in tests: each text is one top-level type of package {@code e}. */
public final class TestSchemas {

    private TestSchemas() {
    }

    /** Compiles the types into {@code dir} and returns the classpath to load them from. */
    public static List<Path> compile(Path dir, String... types) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String body : types) {
            String name = body.replaceAll("(?s).*?(?:record|class|enum|interface) (\\w+).*", "$1");
            sources.put("e/" + name + ".java", "package e;\nimport dev.dibs.*;\n" + body);
        }
        return JavaSources.compile(dir, sources);
    }
}
