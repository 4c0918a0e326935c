package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddDomainCheck;
import dev.dibs.engine.diff.SchemaChange.SetDomainNotNull;
import dev.dibs.engine.diff.SchemaChange.ValidateDomainCheck;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.ViewColumn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Columns holding a domain's values inside arrays. PostgreSQL checks no stored array element against
 * a domain's new constraint: while such a column exists it refuses {@code ALTER DOMAIN … ADD
 * CONSTRAINT} (unless {@code NOT VALID}), {@code VALIDATE CONSTRAINT} and {@code SET NOT NULL} ("cannot
 * alter type … because column … uses it"), also through a domain over the domain, or over an array of it.
 */
public final class DomainArrays {

    private DomainArrays() {
    }

    /**
     * The columns ({@code schema.table.column}) holding values of {@code domain} in an array: an array
     * of it or of a domain over it, or a column of a domain over such an array; of a table or a
     * materialized view.
     */
    public static List<String> users(Collection<Table> tables, Collection<MaterializedView> materializedViews,
                                     Collection<Domain> domains, QualifiedName domain) {
        Set<QualifiedName> over = new HashSet<>(); // the domain and those over it, each value one of its values
        Set<QualifiedName> arrays = new HashSet<>(); // domains whose values are arrays of those
        over.add(domain);
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Domain d : domains) {
                PgType base = PgType.parse(d.baseType());
                QualifiedName name = base.isBuiltin() ? null : new QualifiedName(base.schema(), base.name());
                if (name == null || over.contains(d.name()) || arrays.contains(d.name())) {
                    continue;
                }
                if (over.contains(name)) {
                    grew |= base.array() ? arrays.add(d.name()) : over.add(d.name());
                } else if (arrays.contains(name)) {
                    grew |= arrays.add(d.name());
                }
            }
        }
        List<String> users = new ArrayList<>();
        for (Table t : tables) {
            for (Column c : t.columns()) {
                if (holds(c.type(), over, arrays)) {
                    users.add(t.name() + "." + c.name());
                }
            }
        }
        for (MaterializedView v : materializedViews) { // its stored rows (a view's are not: it stores none)
            for (ViewColumn c : v.columns()) {
                if (holds(PgType.parse(c.type()), over, arrays)) {
                    users.add(v.name() + "." + c.name());
                }
            }
        }
        return users;
    }

    private static boolean holds(PgType type, Set<QualifiedName> over, Set<QualifiedName> arrays) {
        QualifiedName name = type.isBuiltin() ? null : new QualifiedName(type.schema(), type.name());
        return name != null && (type.array() && over.contains(name) || arrays.contains(name));
    }

    /** The columns holding values of {@code domain} in arrays on both sides: those the plan cannot move out of the way. */
    static List<String> kept(Schema current, Schema desired, QualifiedName domain) {
        List<String> users = users(current.tables(), current.materializedViews(), current.domains(), domain);
        if (!users.isEmpty()) {
            users.retainAll(users(desired.tables(), desired.materializedViews(), desired.domains(), domain));
        }
        return users;
    }

    /**
     * Refuses, before anything runs, a change that checks the stored values of a domain — a check
     * added validated, one validated, NOT NULL set — while columns the plan keeps hold its values in
     * arrays (PostgreSQL would refuse it at apply). Such a column the plan adds or drops is ordered by
     * the simulation instead: the check goes before it is added, or after it is dropped.
     */
    static void refuse(Schema current, Schema desired, List<SchemaChange> changes) {
        for (SchemaChange change : changes) {
            QualifiedName domain;
            String what;
            if (change instanceof AddDomainCheck a && a.check().validated()) {
                domain = a.domain();
                what = "add the check " + a.check().name() + " " + a.check().definition() + " to";
            } else if (change instanceof ValidateDomainCheck v) {
                domain = v.domain();
                what = "validate the check " + v.name() + " of";
            } else if (change instanceof SetDomainNotNull n && n.notNull()) {
                domain = n.domain();
                what = "set NOT NULL on";
            } else {
                continue;
            }
            List<String> users = kept(current, desired, domain);
            if (!users.isEmpty()) {
                Domain d = desired.domains().stream().filter(x -> x.name().equals(domain)).findFirst().orElse(null);
                throw DomainRefused.checkUnderArrays(what, domain, d == null ? null : d.baseType(), change, users);
            }
        }
    }
}
