package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddDomainCheck;
import dev.dibs.engine.diff.SchemaChange.CreatePolicy;
import dev.dibs.engine.diff.SchemaChange.CreateTrigger;
import dev.dibs.engine.diff.SchemaChange.DropDomainCheck;
import dev.dibs.engine.diff.SchemaChange.DropPolicy;
import dev.dibs.engine.diff.SchemaChange.DropTrigger;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.diff.SchemaChange.SetDomainDefault;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.DomainCheck;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Trigger;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What casts a value to an enum type the plan creates again ({@code ('b'::public.e)::text}) holds the
 * old type, which the re-creation renames away and then drops: PostgreSQL refuses that drop while a
 * trigger's condition, a policy, or a domain's default or check casts to it. Each such object the plan
 * otherwise keeps goes before the re-creation and comes back after it, as the desired state has it; a
 * domain the plan creates again whole is dropped before and created after.
 * (Views and materialized views are taken around by {@link ViewDiffer}, with the views reading them;
 * checks and index predicates of tables by {@link EnumDependents}.)
 */
public final class EnumCasts {

    private EnumCasts() {
    }

    /** The enum types {@code changes} create again. */
    static Set<QualifiedName> recreated(List<SchemaChange> changes) {
        Set<QualifiedName> out = new HashSet<>();
        changes.stream().filter(RecreateEnum.class::isInstance).map(RecreateEnum.class::cast).forEach(r -> out.add(r.from().name()));
        return out;
    }

    /** The first of {@code types} that {@code expression} casts a value to, or null. */
    public static QualifiedName castTo(String expression, Set<QualifiedName> types) {
        if (expression == null || types.isEmpty()) {
            return null;
        }
        return EnumLiterals.castTypes(expression).stream().filter(types::contains).findFirst().orElse(null);
    }

    static void around(Schema current, Schema desired, List<SchemaChange> changes) {
        Set<QualifiedName> types = recreated(changes);
        if (types.isEmpty()) {
            return;
        }
        java.util.Map<QualifiedName, QualifiedName> renamedTables = new java.util.HashMap<>();
        changes.stream().filter(SchemaChange.RenameTable.class::isInstance).map(SchemaChange.RenameTable.class::cast)
                .forEach(r -> renamedTables.put(r.from(), r.target()));
        for (Trigger t : current.triggers()) {
            QualifiedName type = castTo(t.definition(), types);
            if (type == null) {
                continue;
            }
            // as the desired state names it: its table and itself perhaps renamed (the drop runs under the old names)
            QualifiedName table = renamedTables.getOrDefault(t.table(), t.table());
            SchemaChange.RenameTrigger rename = changes.stream().filter(SchemaChange.RenameTrigger.class::isInstance)
                    .map(SchemaChange.RenameTrigger.class::cast).filter(r -> r.table().equals(table) && r.from().equals(t.name()))
                    .findFirst().orElse(null);
            String name = rename == null ? t.name() : rename.to();
            boolean planned = changes.stream().anyMatch(c -> c instanceof DropTrigger d && d.trigger().table().equals(t.table())
                    && d.trigger().name().equals(t.name()) || c instanceof CreateTrigger n && n.trigger().table().equals(table)
                    && n.trigger().name().equals(name));
            Optional<Trigger> wanted = desired.triggers().stream()
                    .filter(w -> w.table().equals(table) && w.name().equals(name)).findFirst();
            if (!planned && wanted.isPresent()) {
                String reason = reason(type);
                // created as desired, under its new name, with its state and comment: what else the plan had for it goes
                changes.removeIf(c -> c == rename
                        || c instanceof SchemaChange.SetTriggerEnabled e && e.table().equals(table) && e.trigger().equals(name)
                        || c instanceof SchemaChange.SetTriggerComment k && k.table().equals(table) && k.trigger().equals(name));
                changes.add(new DropTrigger(t, reason));
                changes.add(new CreateTrigger(wanted.get(), reason));
            }
        }
        for (Policy p : current.policies()) {
            QualifiedName type = castTo(p.using(), types);
            type = type != null ? type : castTo(p.withCheck(), types);
            if (type == null) {
                continue;
            }
            QualifiedName table = renamedTables.getOrDefault(p.table(), p.table());
            Optional<Policy> wanted = desired.policies().stream()
                    .filter(w -> w.table().equals(table) && w.name().equals(p.name())).findFirst();
            boolean planned = changes.stream().anyMatch(c -> c instanceof DropPolicy d && d.policy().table().equals(p.table())
                    && d.policy().name().equals(p.name()) || c instanceof CreatePolicy n && n.policy().table().equals(table)
                    && n.policy().name().equals(p.name()));
            if (!planned && wanted.isPresent()) {
                String reason = reason(type);
                changes.removeIf(c -> c instanceof SchemaChange.AlterPolicy a && a.from().table().equals(table) && a.from().name().equals(p.name())
                        || c instanceof SchemaChange.SetPolicyComment k && k.table().equals(table) && k.policy().equals(p.name()));
                changes.add(new DropPolicy(p, reason));
                changes.add(new CreatePolicy(wanted.get(), reason));
            }
        }
        // a domain created again whole (no column keeps it) that casts to the type, old and new: the old one goes
        // before the type's re-creation and the new one comes after it, so the one change is two (when only one
        // side casts, the whole change goes before or after)
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i) instanceof SchemaChange.RecreateDomain r && casts(r.from(), types) && casts(r.to(), types)) {
                changes.set(i, new SchemaChange.DropDomain(r.from()));
                changes.add(i + 1, new SchemaChange.CreateDomain(r.to()));
            }
        }
        for (Domain d : current.domains()) {
            Domain wanted = desired.domains().stream().filter(w -> w.name().equals(d.name())).findFirst().orElse(null);
            if (wanted == null || changes.stream().anyMatch(c -> c instanceof SchemaChange.RecreateDomain r && r.from().name().equals(d.name())
                    || c instanceof SchemaChange.DropDomain x && x.domain().name().equals(d.name()))) {
                continue; // dropped, or created again whole
            }
            QualifiedName type = castTo(d.defaultExpression(), types);
            SetDomainDefault planned = changes.stream().filter(SetDomainDefault.class::isInstance).map(SetDomainDefault.class::cast)
                    .filter(c -> c.domain().equals(d.name())).findFirst().orElse(null);
            // taken off first, and set again after; a default the plan sets anyway comes after when it casts
            // to the type too (it waits for the new one), and takes the old one off itself when it does not
            if (type != null && (planned == null || castTo(planned.defaultExpression(), types) != null)) {
                changes.add(new SetDomainDefault(d.name(), null));
                if (planned == null) {
                    changes.add(new SetDomainDefault(d.name(), wanted.defaultExpression(), reason(type)));
                }
            }
            for (DomainCheck k : d.checks()) {
                QualifiedName checked = castTo(k.definition(), types);
                boolean dropped = changes.stream().anyMatch(c -> c instanceof DropDomainCheck x && x.domain().equals(d.name())
                        && x.check().name().equals(k.name()));
                Optional<DomainCheck> again = wanted.checks().stream().filter(w -> w.name().equals(k.name())).findFirst();
                if (checked != null && !dropped && again.isPresent()) {
                    changes.add(new DropDomainCheck(d.name(), k));
                    changes.add(new AddDomainCheck(d.name(), again.get(), reason(checked)));
                }
            }
        }
    }

    private static boolean casts(Domain d, Set<QualifiedName> types) {
        return castTo(d.defaultExpression(), types) != null || d.checks().stream().anyMatch(k -> castTo(k.definition(), types) != null);
    }

    static String reason(QualifiedName type) {
        return "it casts to the enum type " + type + ", which is created again";
    }
}
