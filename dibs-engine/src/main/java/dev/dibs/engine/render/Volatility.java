package dev.dibs.engine.render;

import dev.dibs.engine.naming.SqlTokens;
import java.util.Set;

/**
 * Whether a default expression is volatile: adding a column with one rewrites the table (each row
 * gets its own value), while a constant or stable default is stored once in the catalog. A known
 * volatile built-in, or any function outside {@code pg_catalog} (whose volatility the text does not say).
 */
final class Volatility {

    private static final Set<String> VOLATILE_FUNCTIONS = Set.of("random", "gen_random_uuid", "uuid_generate_v1",
            "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7", "clock_timestamp", "timeofday", "nextval",
            "setseed", "txid_current", "random_normal");

    private Volatility() {
    }

    static boolean isVolatile(String expression) {
        if (expression == null) {
            return false;
        }
        var tokens = SqlTokens.tokenize(expression);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isName() && tokens.get(i + 1).isSymbol("(") && VOLATILE_FUNCTIONS.contains(tokens.get(i).text())) {
                return true;
            }
            // a function of a schema of its own (the model prints them qualified: an extension's, the SQL
            // files'): its volatility is not known from the text, so it is taken as volatile
            if (i + 3 < tokens.size() && tokens.get(i).isName() && !tokens.get(i).text().equals("pg_catalog")
                    && tokens.get(i + 1).isSymbol(".") && tokens.get(i + 2).isName() && tokens.get(i + 3).isSymbol("(")
                    && (i == 0 || !tokens.get(i - 1).isSymbol("."))) {
                return true;
            }
        }
        return false;
    }
}
