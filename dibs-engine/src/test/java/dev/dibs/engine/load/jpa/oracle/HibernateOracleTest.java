package dev.dibs.engine.load.jpa.oracle;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

class HibernateOracleTest {
    static final List<String> MODELS = List.of("petclinic", "mappings", "shop");

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String model : MODELS) {
            for (String naming : HibernateOracle.NAMINGS) {
                out.add(Arguments.of(model, naming));
            }
        }
        return out;
    }

    static List<String> schemasOf(String model) {
        return model.startsWith("mappings") ? List.of("public", "inventory") : List.of("public");
    }
}
