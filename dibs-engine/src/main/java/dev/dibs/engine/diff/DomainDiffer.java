package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddDomainCheck;
import dev.dibs.engine.diff.SchemaChange.CreateDomain;
import dev.dibs.engine.diff.SchemaChange.DropDomain;
import dev.dibs.engine.diff.SchemaChange.DropDomainCheck;
import dev.dibs.engine.diff.SchemaChange.RecreateDomain;
import dev.dibs.engine.diff.SchemaChange.SetDomainComment;
import dev.dibs.engine.diff.SchemaChange.SetDomainDefault;
import dev.dibs.engine.diff.SchemaChange.SetDomainNotNull;
import dev.dibs.engine.diff.SchemaChange.ValidateDomainCheck;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.DomainCheck;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Domains: created, dropped, and altered in place where PostgreSQL can (default, NOT NULL, checks,
 * comment). A new base type or collation PostgreSQL cannot alter: the domain is dropped and created
 * again when no column or domain keeps using it (the plan may drop some users and add others), and
 * the plan is refused ({@link DomainRefused}) otherwise.
 * A check is matched by name only: one under another name is dropped and the new one added.
 */
final class DomainDiffer {

    private DomainDiffer() {
    }

    static void diff(Schema current, Schema desired, List<SchemaChange> out) {
        refuseReCreatedEnumsUnderDomains(current, desired, out);
        var matched = Matching.byKey(current.domains(), desired.domains(), Domain::name);
        matched.onlyCurrent().forEach(d -> out.add(new DropDomain(d)));
        matched.onlyDesired().forEach(d -> out.add(new CreateDomain(d)));
        for (var pair : matched.pairs()) {
            Domain from = pair.current();
            Domain to = pair.desired();
            if (!from.baseType().equals(to.baseType()) || !Objects.equals(from.collation(), to.collation())) {
                List<String> users = usersOf(current, to.name());
                users.retainAll(usersOf(desired, to.name()));
                if (!users.isEmpty()) {
                    throw DomainRefused.typeChange(from, to, users);
                }
                out.add(new RecreateDomain(from, to));
                continue;
            }
            if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
                out.add(new SetDomainDefault(to.name(), to.defaultExpression()));
            }
            if (from.notNull() != to.notNull()) {
                out.add(new SetDomainNotNull(to.name(), to.notNull()));
            }
            checks(from, to, out);
            if (!Objects.equals(from.comment(), to.comment())) {
                out.add(new SetDomainComment(to.name(), to.comment()));
            }
        }
    }

    /**
     * A check whose definition changed is dropped and added again; one that must stay {@code NOT
     * VALID} where the database has it validated too (so the two states are equal after the plan);
     * one the database has {@code NOT VALID} and that should be validated is validated in place.
     */
    private static void checks(Domain from, Domain to, List<SchemaChange> out) {
        var checks = Matching.byKey(from.checks(), to.checks(), DomainCheck::name);
        for (var p : checks.pairs()) {
            DomainCheck was = p.current();
            DomainCheck wanted = p.desired();
            if (!was.definition().equals(wanted.definition()) || was.validated() && !wanted.validated()) {
                out.add(new DropDomainCheck(to.name(), was));
                out.add(new AddDomainCheck(to.name(), wanted));
            } else if (!was.validated() && wanted.validated()) {
                out.add(new ValidateDomainCheck(to.name(), wanted.name()));
            }
        }
        checks.onlyCurrent().forEach(k -> out.add(new DropDomainCheck(to.name(), k)));
        checks.onlyDesired().forEach(k -> out.add(new AddDomainCheck(to.name(), k)));
    }

    /**
     * An enum re-created for removed or reordered labels ({@link SchemaChange.RecreateEnum}, already in
     * {@code out}) is a new type, and its columns are converted to it; a domain over the old type
     * cannot be: PostgreSQL has no way to move a domain to another type, and would refuse to drop
     * the old one under it. A domain the plan drops, or moves to another type, goes first instead —
     * unless a column of it moves to the enum (or a domain over it): it could go neither before the
     * type is created again (the domain still holds it) nor after (the old type is gone by then).
     */
    private static void refuseReCreatedEnumsUnderDomains(Schema current, Schema desired, List<SchemaChange> out) {
        for (SchemaChange change : out) {
            if (change instanceof SchemaChange.RecreateEnum r) {
                List<String> kept = usersOf(desired, r.to().name());
                List<String> domains = current.domains().stream().filter(d -> isType(PgType.parse(d.baseType()), r.to().name()))
                        .filter(d -> kept.contains("domain " + d.name()) || columnMovesToEnum(current, desired, d.name(), r.to().name()))
                        .map(d -> "domain " + d.name()).toList();
                if (!domains.isEmpty()) {
                    throw DomainRefused.enumUnder(r.from(), r.to(), domains);
                }
            }
        }
    }

    /** Whether a column of {@code domain} keeps its name in {@code desired} with the enum's type, or a domain's over it. */
    private static boolean columnMovesToEnum(Schema current, Schema desired, QualifiedName domain, QualifiedName enumType) {
        for (Table t : current.tables()) {
            for (Column c : t.columns()) {
                if (isType(c.type(), domain)) {
                    var moved = desired.table(t.name()).flatMap(d -> d.column(c.name())).map(Column::type).orElse(null);
                    if (moved != null && (isType(moved, enumType) || EnumDiffer.overEnum(moved, enumType, desired))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** What in {@code schema} uses the type (a domain, an enum): columns ({@code table.column}, arrays of it too) and domains over it. */
    static List<String> usersOf(Schema schema, QualifiedName domain) {
        List<String> users = new ArrayList<>();
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                if (isType(c.type(), domain)) {
                    users.add("column " + t.name() + "." + c.name());
                }
            }
        }
        for (Domain d : schema.domains()) {
            if (isType(PgType.parse(d.baseType()), domain)) {
                users.add("domain " + d.name());
            }
        }
        return users;
    }

    private static boolean isType(PgType type, QualifiedName name) {
        return Objects.equals(type.schema(), name.schema()) && type.name().equals(name.name());
    }
}
