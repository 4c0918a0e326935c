package dev.dibs.engine.diff;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.model.Domain;
import java.util.List;

/**
 * A change to a domain that PostgreSQL cannot make in place and dibs cannot make by dropping and
 * creating the domain, found while diffing, before anything runs: its base type or collation
 * changes while columns (or other domains) keep using it; or an enum type under it would be
 * re-created; or a change checking its stored values while array columns hold them ({@link DomainArrays}).
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

    static DomainRefused checkUnderArrays(String what, dev.dibs.engine.model.QualifiedName domain, String baseType,
                                          SchemaChange change, List<String> users) {
        String reason = change instanceof SchemaChange.AddDomainCheck a && a.reason() != null ? " (" + a.reason() + ")" : "";
        String columns = (users.size() == 1 ? "column " : "columns ") + String.join(", ", users);
        String base = baseType == null ? "its base type" : baseType;
        String fix = change instanceof SchemaChange.SetDomainNotNull
                ? "Either leave NOT NULL off the domain (declare it on the columns instead)"
                : "Either declare the check NOT VALID in the SQL files (ALTER DOMAIN " + domain + " ADD CONSTRAINT … NOT VALID:"
                + " new values are checked, stored ones are not)";
        return new DomainRefused("dibs cannot " + what + " the domain " + domain + reason + ": " + columns
                + (users.size() == 1 ? " holds" : " hold") + " its values in arrays, and PostgreSQL checks no stored array"
                + " element against a domain: it refuses ADD CONSTRAINT, VALIDATE CONSTRAINT and SET NOT NULL on such a domain"
                + " (\"cannot alter type … because column … uses it\"); so nothing was planned. " + fix + ", or make "
                + (users.size() == 1 ? "that column an array" : "those columns arrays") + " of " + base
                + " in a plan of its own first.");
    }

    private static String describe(Domain d) {
        return d.baseType() + (d.collation() == null ? "" : " COLLATE " + d.collation());
    }
}
