package dev.dibs.engine.solve;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.DibsException;

import java.util.List;

/**
 * The changes cannot be ordered into a valid plan, or the ordered plan does not reach the
 * desired schema. Either is a dibs bug or a desired schema Postgres cannot reach; the message
 * names the changes and why.
 */
public final class SolveException extends DibsException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> reasons;

    SolveException(String summary, List<String> reasons) {
        // each reason one line, whatever the names it quotes hold
        super(summary + (reasons.isEmpty() ? "" : ":" + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ",
                reasons.stream().map(Printable::escape).toList())));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
