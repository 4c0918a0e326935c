package dev.dibs.engine.diff;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.model.Domain;
import java.util.List;

/**
 * A change to a domain that PostgreSQL cannot make in place and dibs cannot make by dropping and
 * creating the domain, found while diffing, before anything runs: its base type or collation
 * changes while columns (or other domains) keep using it; or an enum type under it would be
 * re-created.
 */
public final class DomainRefused extends DibsException {
    private static final long serialVersionUID = 1L;

    /** One line, whatever the names and labels from the database it quotes hold. */
    private DomainRefused(String message) {
        super(Printable.escape(message));
    }

    static DomainRefused typeChange(Domain from, Domain to, List<String> users) {
        return new DomainRefused("dibs cannot change the domain " + to.name() + " from " + describe(from) + " to "
                + describe(to) + ": PostgreSQL cannot alter a domain's base type or collation in place, and the domain"
                + " cannot be dropped and created again while " + String.join(", ", users) + (users.size() == 1 ? " uses" : " use")
                + " it; so nothing was planned. Either keep the domain's " + describe(from) + ", or declare the new type as a"
                + " domain under another name and move those columns to it (plan that first, then drop the old domain in a"
                + " later plan); or change their type in a migration of your own.");
    }

    static DomainRefused enumUnder(dev.dibs.engine.model.EnumType from, dev.dibs.engine.model.EnumType to, List<String> domains) {
        return new DomainRefused("dibs cannot change the labels of the enum type " + to.name() + " from " + from.labels() + " to "
                + to.labels() + ": labels removed or reordered make dibs create the type again, and " + String.join(", ", domains)
                + (domains.size() == 1 ? " is" : " are") + " over it; PostgreSQL cannot move a domain to another type, nor drop"
                + " the old type under it; so nothing was planned. Either keep the existing labels in their order (new labels"
                + " can be added anywhere), or first plan without " + (domains.size() == 1 ? "that domain" : "those domains")
                + " (its columns on the enum type itself), then change the labels, then declare the domain again.");
    }

    private static String describe(Domain d) {
        return d.baseType() + (d.collation() == null ? "" : " COLLATE " + d.collation());
    }
}
