package dev.dibs.engine.diff;

import dev.dibs.engine.model.Operator;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.naming.Identifiers;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where an expression uses an operator of a given name. Under the inspection's {@code search_path}
 * ({@code pg_catalog}) PostgreSQL prints an operator of another schema in its explicit form,
 * {@code a OPERATOR(public.~<<) b}, so a use of a managed operator is found by that text; inside a
 * string literal or a comment it is not a use. The text does not say which operand types the
 * operator takes, so every operator of the name counts, as every overload of a function's name does
 * for {@link RoutineUses}.
 */
public final class OperatorUses {

    private OperatorUses() {
    }

    /** Whether {@code expression} (a domain's check or default, as PostgreSQL prints it) uses an operator named {@code operator}; false for null. */
    public static boolean uses(String expression, QualifiedName operator) {
        return expression != null && expression.contains(operator.name()) && RoutineUses.calls(expression, use(operator));
    }

    /**
     * Whether an expression (null: none) calls one of {@code functions}: by name, or through an
     * operator of {@code schema} whose function it is.
     */
    static Predicate<String> callsAny(Schema schema, Collection<QualifiedName> functions) {
        List<QualifiedName> operators = schema.operators().stream().filter(o -> functions.contains(o.function()))
                .map(Operator::name).distinct().toList();
        return e -> e != null && (functions.stream().anyMatch(n -> RoutineUses.calls(e, n))
                || operators.stream().anyMatch(o -> uses(e, o)));
    }

    /** {@code OPERATOR(schema.symbol)}, the keyword not preceded by more of an identifier. */
    private static Pattern use(QualifiedName operator) {
        return Pattern.compile("(?<![\\w$.\"])(?i:operator)\\s*\\(\\s*" + Pattern.quote(Identifiers.quote(operator.schema())) + "\\s*\\.\\s*"
                + Pattern.quote(operator.name()) + "\\s*\\)");
    }
}
