package dev.dibs.engine.diff;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.model.Domain;
import java.util.List;

/**
 * A change to a domain that PostgreSQL cannot make in place and dibs cannot make by dropping and
 * creating the domain, found while diffing, before anything runs: its base type or collation
 * changes while columns (or other domains) keep using it.
 */
public final class DomainRefused extends DibsException {
    private static final long serialVersionUID = 1L;

    private DomainRefused(String message) {
        super(message);
    }

    static DomainRefused typeChange(Domain from, Domain to, List<String> users) {
        return new DomainRefused("dibs cannot change the domain " + to.name() + " from " + describe(from) + " to "
                + describe(to) + ": PostgreSQL cannot alter a domain's base type or collation in place, and the domain"
                + " cannot be dropped and created again while " + String.join(", ", users) + (users.size() == 1 ? " uses" : " use")
                + " it; so nothing was planned. Either keep the domain's " + describe(from) + ", or declare the new type as a"
                + " domain under another name and move those columns to it (plan that first, then drop the old domain in a"
                + " later plan); or change their type in a migration of your own.");
    }

    private static String describe(Domain d) {
        return d.baseType() + (d.collation() == null ? "" : " COLLATE " + d.collation());
    }
}
