package dev.dibs.engine.render;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.naming.SqlTokens;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a default expression is volatile: adding a column with one rewrites the table (each row
 * gets its own value), while a constant, stable or immutable default is computed once and kept in the
 * catalog. Volatile: a volatile built-in ({@code volatile-functions.txt}: every function of
 * {@code pg_catalog} that PostgreSQL 14 to 18 declare {@code VOLATILE}, such as {@code random},
 * {@code gen_random_uuid}, {@code clock_timestamp}, {@code currval}, {@code current_query}; not
 * {@code txid_current} or {@code now}, which are stable), one of {@code uuid-ossp}'s generators
 * written without a schema, or a function outside {@code pg_catalog} unless the desired state
 * declares every function of that name, none of them {@code VOLATILE} (an extension's, whose
 * volatility dibs does not read, is taken as volatile).
 *
 * @param steady the functions of the desired state whose every overload is {@code IMMUTABLE} or {@code STABLE}
 */
public record Volatility(Set<QualifiedName> steady) {

    /** Knowing no function: any outside {@code pg_catalog} is volatile. */
    static final Volatility UNKNOWN = new Volatility(Set.of());

    private static final Set<String> VOLATILE_FUNCTIONS = volatileFunctions();

    public Volatility {
        steady = Set.copyOf(steady);
    }

    public static Volatility of(Schema desired) {
        Map<QualifiedName, Boolean> steadyByName = new HashMap<>();
        for (Routine r : desired.routines()) {
            boolean steady = !r.procedure() && !"VOLATILE".equalsIgnoreCase(r.volatility());
            steadyByName.merge(r.name(), steady, Boolean::logicalAnd);
        }
        return new Volatility(steadyByName.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toSet()));
    }

    /** The names of {@code volatile-functions.txt} and of {@code uuid-ossp}'s generators. */
    static Set<String> volatileFunctions() {
        String path = Volatility.class.getPackageName().replace('.', '/') + "/volatile-functions.txt";
        try (java.io.InputStream in = Volatility.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            Set<String> names = new java.util.HashSet<>(Set.of("uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4"));
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
            return Set.copyOf(names);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    boolean isVolatile(String expression) {
        if (expression == null) {
            return false;
        }
        var tokens = SqlTokens.tokenize(expression);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isName() && tokens.get(i + 1).isSymbol("(") && VOLATILE_FUNCTIONS.contains(tokens.get(i).text())) {
                return true;
            }
            // a function of a schema of its own (the model prints them qualified: an extension's, the SQL files')
            if (i + 3 < tokens.size() && tokens.get(i).isName() && !tokens.get(i).text().equals("pg_catalog")
                    && tokens.get(i + 1).isSymbol(".") && tokens.get(i + 2).isName() && tokens.get(i + 3).isSymbol("(")
                    && (i == 0 || !tokens.get(i - 1).isSymbol("."))
                    && !steady.contains(new QualifiedName(tokens.get(i).text(), tokens.get(i + 2).text()))) {
                return true;
            }
        }
        return false;
    }
}
