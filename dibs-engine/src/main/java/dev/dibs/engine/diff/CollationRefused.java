package dev.dibs.engine.diff;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.model.Collation;
import dev.dibs.engine.naming.Printable;
import java.util.List;

/**
 * A collation whose definition changes while columns or domains use it, found while diffing, before
 * anything runs: PostgreSQL cannot alter a collation's definition, nor drop one in use.
 */
public final class CollationRefused extends DibsException {
    private static final long serialVersionUID = 1L;

    /** One line, whatever the names and locales from the database it quotes hold. */
    private CollationRefused(String message) {
        super(Printable.escape(message));
    }

    static CollationRefused definitionChange(Collation from, Collation to, List<String> users) {
        return new CollationRefused("dibs cannot change the collation " + to.name() + " from " + describe(from) + " to "
                + describe(to) + ": PostgreSQL cannot alter a collation's provider, locale, rules or determinism, and cannot"
                + " drop it while " + String.join(", ", users) + (users.size() == 1 ? " uses" : " use") + " it; so nothing was"
                + " planned. Either keep its definition, or declare the new one as a collation under another name and move"
                + " them to it (one plan creates it, moves them and drops the old one).");
    }

    /** {@code icu locale und-u-ks-level2, not deterministic}: the collation's definition in words. */
    public static String describe(Collation c) {
        StringBuilder s = new StringBuilder(c.provider());
        if (c.locale() != null) {
            s.append(" locale ").append(c.locale());
        }
        if (c.lcCollate() != null) {
            s.append(" LC_COLLATE ").append(c.lcCollate());
        }
        if (c.lcCtype() != null && !c.lcCtype().equals(c.lcCollate())) {
            s.append(" LC_CTYPE ").append(c.lcCtype());
        }
        if (c.rules() != null) {
            s.append(" with rules ").append(c.rules());
        }
        if (!c.deterministic()) {
            s.append(", not deterministic");
        }
        return s.toString();
    }
}
