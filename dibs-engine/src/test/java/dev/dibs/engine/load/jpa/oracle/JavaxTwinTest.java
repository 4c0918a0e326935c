package dev.dibs.engine.load.jpa.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.jpa.JpaSettings;
import dev.dibs.engine.testing.JavaSources;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate 7 reads only {@code jakarta.persistence}, so it cannot be the oracle for entities still
 * on {@code javax.persistence}; instead each corpus model is compiled twice, once as written and
 * once with every {@code jakarta.persistence} turned into {@code javax.persistence} (against
 * javax.persistence-api 2.2; JPA 3's {@code GenerationType.UUID} becomes the {@code AUTO} that means the
 * same on a UUID id), and dibs must load the same schema from both.
 */
class JavaxTwinTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String model : HibernateOracleTest.MODELS) {
            for (String naming : HibernateOracle.NAMINGS) {
                out.add(Arguments.of(model, naming));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, {1} naming")
    @MethodSource("cases")
    void javaxEntitiesLoadAsTheirJakartaTwins(String model, String naming, @TempDir Path dir) throws URISyntaxException {
        List<Path> jakarta = HibernateOracle.compile(model, dir.resolve("jakarta"));
        Map<String, String> twin = new LinkedHashMap<>();
        // GenerationType.UUID is JPA 3.1's; on a UUID id, javax's AUTO asks for the same (a uuid column, no database object)
        HibernateOracle.sources(model).forEach((path, text) -> twin.put(path, text.replace("jakarta.persistence", "javax.persistence")
                .replace("GenerationType.UUID", "GenerationType.AUTO")));
        assertThat(String.join("\n", twin.values())).doesNotContain("jakarta.persistence");
        Path javaxApi = Path.of(javax.persistence.Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> javax = JavaSources.compile(dir.resolve("javax"), twin,
                List.of(javaxApi, HibernateOracle.jpaJars().get(1)));

        LoadedSchema fromJakarta = load(jakarta, model, naming);
        LoadedSchema fromJavax = load(javax, model, naming);

        assertThat(fromJakarta.schema().tables()).as("the jakarta model maps to tables").isNotEmpty();
        assertThat(fromJavax.schema()).isEqualTo(fromJakarta.schema());
        assertThat(fromJavax.declarations().stream().map(d -> d.kind() + " " + d.object() + " " + d.sql()).toList())
                .isEqualTo(fromJakarta.declarations().stream().map(d -> d.kind() + " " + d.object() + " " + d.sql()).toList());
    }

    private static LoadedSchema load(List<Path> classpath, String model, String naming) {
        return IntentLoader.builder().classpath(classpath).packages(List.of(HibernateOracle.packageOf(model)))
                .schemas(HibernateOracleTest.schemasOf(model)).jpa(JpaSettings.of(naming)).load();
    }
}
