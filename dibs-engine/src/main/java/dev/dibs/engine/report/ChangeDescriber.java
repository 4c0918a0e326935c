package dev.dibs.engine.report;

import dev.dibs.engine.diff.RoutineDiffer;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.*;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.naming.Printable;
import java.util.List;

/** Words for changes: a marker (+ added, - removed, ~ changed), the table it belongs to, and its before/after objects. */
public final class ChangeDescriber {

    /** How a change reads in reports. */
    public record Described(char marker, String table, String text, Object before, Object after) {
    }

    private ChangeDescriber() {
    }

    public static Described describe(SchemaChange c) {
        return c.accept(WORDS);
    }

    private static final Words WORDS = new Words();

    /** One description per change kind; a new kind does not compile until it has one. */
    private static final class Words implements SchemaChange.Visitor<Described> {
        @Override
        public Described createSchema(CreateSchema x) {
            return new Described('+', null, "schema " + x.name(), null, x.name());
        }

        @Override
        public Described dropSchema(DropSchema x) {
            return new Described('-', null, "schema " + x.name(), x.name(), null);
        }

        @Override
        public Described createEnum(CreateEnum x) {
            return new Described('+', null, "enum " + x.type().name() + " " + x.type().labels(), null, x.type());
        }

        @Override
        public Described dropEnum(DropEnum x) {
            return new Described('-', null, "enum " + x.type().name(), x.type(), null);
        }

        @Override
        public Described addEnumValue(AddEnumValue x) {
            return new Described('+', null, "enum " + x.type() + " value '" + x.label() + "'", null, x.label());
        }

        @Override
        public Described renameEnumValue(RenameEnumValue x) {
            return new Described('~', null, "enum " + x.type() + " value '" + x.from() + "' renamed to '" + x.to() + "'", x.from(), x.to());
        }

        @Override
        public Described recreateEnum(RecreateEnum x) {
            return new Described('~', null, "enum " + x.to().name() + " " + x.from().labels() + " -> " + x.to().labels()
                    + " (re-created)", x.from(), x.to());
        }

        @Override
        public Described addTable(AddTable x) {
            return new Described('+', x.table().name().toString(), "table " + x.table().name(), null, x.table());
        }

        @Override
        public Described dropTable(DropTable x) {
            return new Described('-', x.table().name().toString(), "table " + x.table().name(), x.table(), null);
        }

        @Override
        public Described renameTable(RenameTable x) {
            return new Described('~', x.target().toString(), "table " + x.from() + " renamed to " + x.to(), x.from(), x.target());
        }

        @Override
        public Described addColumn(AddColumn x) {
            return new Described('+', x.table().toString(), "column " + x.column().name() + " " + x.column().typeSql(), null, x.column());
        }

        @Override
        public Described dropColumn(DropColumn x) {
            return new Described('-', x.table().toString(), "column " + x.column().name(), x.column(), null);
        }

        @Override
        public Described renameColumn(RenameColumn x) {
            return new Described('~', x.table().toString(), "column " + x.from() + " renamed to " + x.to(), x.from(), x.to());
        }

        @Override
        public Described alterColumn(AlterColumn x) {
            // the TYPE aspect says the type, the collation or both (ALTER COLUMN … TYPE changes either)
            java.util.List<String> aspects = new java.util.ArrayList<>();
            for (var a : x.aspects()) {
                if (a != dev.dibs.engine.diff.SchemaChange.ColumnAspect.TYPE) {
                    aspects.add(a.name().toLowerCase());
                    continue;
                }
                if (!x.from().type().equals(x.to().type())) {
                    aspects.add("type");
                }
                if (!java.util.Objects.equals(x.from().collation(), x.to().collation())) {
                    aspects.add("collation");
                }
            }
            return new Described('~', x.table().toString(), "column " + x.to().name() + " " + aspects.stream().sorted().toList(),
                    x.from(), x.to());
        }

        @Override
        public Described addPrimaryKey(AddPrimaryKey x) {
            return new Described('+', x.table().toString(), "primary key " + x.key().name() + " " + x.key().columns()
                    + keyWords(x.key().include(), x.key().options(), x.key().deferrability()), null, x.key());
        }

        @Override
        public Described dropPrimaryKey(DropPrimaryKey x) {
            return new Described('-', x.table().toString(), "primary key " + x.key().name(), x.key(), null);
        }

        @Override
        public Described addUnique(AddUnique x) {
            return new Described('+', x.table().toString(), "unique " + x.unique().name() + " " + x.unique().columns()
                    + (x.unique().nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
                    + keyWords(x.unique().include(), x.unique().options(), x.unique().deferrability()), null, x.unique());
        }

        @Override
        public Described dropUnique(DropUnique x) {
            return new Described('-', x.table().toString(), "unique " + x.unique().name(), x.unique(), null);
        }

        @Override
        public Described addCheck(AddCheck x) {
            return new Described('+', x.table().toString(), "check " + x.check().name() + " " + x.check().expression()
                    + (x.check().noInherit() ? " NO INHERIT" : "") + notValid(x.check().validated(), x.check().enforced()), null, x.check());
        }

        @Override
        public Described dropCheck(DropCheck x) {
            return new Described('-', x.table().toString(), "check " + x.check().name(), x.check(), null);
        }

        @Override
        public Described addForeignKey(AddForeignKey x) {
            return new Described(x.reason() == null ? '+' : '~', x.table().toString(), "foreign key " + x.key().name() + " -> "
                    + x.key().referencedTable() + notValid(x.key().validated(), x.key().enforced()) + because(x.reason()), null, x.key());
        }

        @Override
        public Described dropForeignKey(DropForeignKey x) {
            return new Described(x.reason() == null ? '-' : '~', x.table().toString(), "foreign key " + x.key().name()
                    + because(x.reason()), x.key(), null);
        }

        @Override
        public Described validateConstraint(ValidateConstraint x) {
            return new Described('~', x.table().toString(), "constraint " + x.name() + " validated", null, x.name());
        }

        @Override
        public Described renameConstraint(RenameConstraint x) {
            return new Described('~', x.table().toString(), "constraint " + x.from() + " renamed to " + x.to(), x.from(), x.to());
        }

        @Override
        public Described addIndex(AddIndex x) {
            return new Described('+', x.table().toString(), "index " + x.index().name(), null, x.index());
        }

        @Override
        public Described dropIndex(DropIndex x) {
            return new Described('-', x.table().toString(), "index " + x.index().name(), x.index(), null);
        }

        @Override
        public Described renameIndex(RenameIndex x) {
            return new Described('~', x.table().toString(), "index " + x.from() + " renamed to " + x.to(), x.from(), x.to());
        }

        @Override
        public Described setTableComment(SetTableComment x) {
            return new Described('~', x.table().toString(), "comment", null, x.comment());
        }

        @Override
        public Described setTableLogging(SetTableLogging x) {
            return new Described('~', x.table().toString(), x.unlogged() ? "made UNLOGGED (a crash empties it)" : "made LOGGED",
                    x.unlogged() ? "LOGGED" : "UNLOGGED", x.unlogged() ? "UNLOGGED" : "LOGGED");
        }

        @Override
        public Described inherit(Inherit x) {
            return new Described('~', x.table().toString(), "inherits from " + x.parent(), null, x.parent().toString());
        }

        @Override
        public Described noInherit(NoInherit x) {
            return new Described('~', x.table().toString(), "no longer inherits from " + x.parent(), x.parent().toString(), null);
        }

        @Override
        public Described setTableStorage(SetTableStorage x) {
            return new Described('~', x.table().toString(), "storage parameters", x.from(), x.to());
        }

        @Override
        public Described setEnumComment(SetEnumComment x) {
            return new Described('~', null, "enum " + x.type() + " comment", null, x.comment());
        }

        @Override
        public Described addExclusion(AddExclusion x) {
            return new Described('+', x.table().toString(), "exclusion constraint " + x.exclusion().name() + " "
                    + x.exclusion().definition(), null, x.exclusion());
        }

        @Override
        public Described dropExclusion(DropExclusion x) {
            return new Described('-', x.table().toString(), "exclusion constraint " + x.exclusion().name(), x.exclusion(), null);
        }

        @Override
        public Described addPartition(AddPartition x) {
            return new Described('+', x.table().toString(), "partition " + partitionText(x.partition()), null, x.partition());
        }

        @Override
        public Described dropPartition(DropPartition x) {
            return new Described('-', x.table().toString(), "partition " + partitionText(x.partition()) + " (" + x.reason()
                    + (x.below().isEmpty() ? "" : x.below().size() == 1 ? "; its partition " + x.below().get(0) + " goes with it"
                            : "; its partitions " + String.join(", ", x.below()) + " go with it")
                    + (x.referenced() ? "; detached first, checking the rows of the foreign keys referencing the table" : "") + ")",
                    x.partition(), null);
        }

        /** {@code events_2024_eu (of events_2024) FOR VALUES IN ('eu') PARTITION BY …}: the of and key only where there are. */
        private static String partitionText(Partition p) {
            return p.name() + (p.of() == null ? "" : " (of " + p.of() + ")") + " " + p.bound()
                    + (p.partitioned() ? " PARTITION BY " + p.partitionBy() : "");
        }

        @Override
        public Described setRowSecurity(SetRowSecurity x) {
            return new Described('~', x.table().toString(), "row level security " + rowSecurity(x.wasEnabled(), x.wasForced())
                    + " -> " + rowSecurity(x.enabled(), x.forced()), rowSecurity(x.wasEnabled(), x.wasForced()),
                    rowSecurity(x.enabled(), x.forced()));
        }

        @Override
        public Described setIndexComment(SetIndexComment x) {
            return new Described('~', x.table().toString(), "index " + x.index() + " comment", null, x.comment());
        }

        @Override
        public Described createTrigger(CreateTrigger x) {
            Trigger t = x.trigger();
            return new Described('+', t.table().toString(), "trigger " + t.name() + (x.reason() == null ? "" : " (again: " + x.reason() + ")"),
                    null, t);
        }

        @Override
        public Described dropTrigger(DropTrigger x) {
            Trigger t = x.trigger();
            return new Described('-', t.table().toString(), "trigger " + t.name() + (x.reason() == null ? "" : " (to create it again: "
                    + x.reason() + ")"), t, null);
        }

        @Override
        public Described setTriggerEnabled(SetTriggerEnabled x) {
            return new Described('~', x.table().toString(), "trigger " + x.trigger() + " " + triggerState(x.from()) + " -> "
                    + triggerState(x.to()), x.from(), x.to());
        }

        @Override
        public Described setTriggerComment(SetTriggerComment x) {
            return new Described('~', x.table().toString(), "trigger " + x.trigger() + " comment", null, x.comment());
        }

        @Override
        public Described renameTrigger(RenameTrigger x) {
            return new Described('~', x.table().toString(), "trigger " + x.from() + " renamed to " + x.to(), x.from(), x.to());
        }

        /** A {@code pg_trigger.tgenabled} code in words. */
        private static String triggerState(String code) {
            return switch (code) {
                case "O" -> "enabled";
                case "D" -> "disabled";
                case "R" -> "enabled on replicas only";
                case "A" -> "enabled always";
                default -> "state " + code;
            };
        }

        @Override
        public Described createDomain(CreateDomain x) {
            return new Described('+', null, "domain " + x.domain().name() + " " + domainType(x.domain()), null, x.domain());
        }

        @Override
        public Described dropDomain(DropDomain x) {
            return new Described('-', null, "domain " + x.domain().name(), x.domain(), null);
        }

        @Override
        public Described recreateDomain(RecreateDomain x) {
            return new Described('~', null, "domain " + x.to().name() + " " + domainType(x.from()) + " -> " + domainType(x.to())
                    + " (re-created)", x.from(), x.to());
        }

        @Override
        public Described setDomainDefault(SetDomainDefault x) {
            return new Described('~', null, "domain " + x.domain() + (x.defaultExpression() == null ? " default dropped"
                    : " default " + x.defaultExpression()) + (x.reason() == null ? "" : " (again: " + x.reason() + ")"), null,
                    x.defaultExpression());
        }

        @Override
        public Described setDomainNotNull(SetDomainNotNull x) {
            return new Described('~', null, "domain " + x.domain() + (x.notNull() ? " NOT NULL" : " nullable"), !x.notNull(), x.notNull());
        }

        @Override
        public Described addDomainCheck(AddDomainCheck x) {
            return new Described('+', null, "domain " + x.domain() + " check " + x.check().name() + " " + x.check().definition()
                    + (x.reason() == null ? "" : " (again: " + x.reason() + ")"), null, x.check());
        }

        @Override
        public Described dropDomainCheck(DropDomainCheck x) {
            return new Described('-', null, "domain " + x.domain() + " check " + x.check().name(), x.check(), null);
        }

        @Override
        public Described validateDomainCheck(ValidateDomainCheck x) {
            return new Described('~', null, "domain " + x.domain() + " check " + x.name() + " validated", null, x.name());
        }

        @Override
        public Described setDomainComment(SetDomainComment x) {
            return new Described('~', null, "domain " + x.domain() + " comment", null, x.comment());
        }

        private static String domainType(dev.dibs.engine.model.Domain d) {
            return d.baseType() + (d.collation() == null ? "" : " COLLATE " + d.collation());
        }

        @Override
        public Described createRoutine(CreateRoutine x) {
            return new Described('+', null, x.subject() + (x.reason() == null ? "" : " (" + x.reason() + ")"), null, x.routine());
        }

        @Override
        public Described replaceRoutine(ReplaceRoutine x) {
            String what = x.aspects().isEmpty() ? "definition" : RoutineDiffer.words(x.aspects());
            return new Described('~', null, x.subject() + " replaced: " + what + " changed", x.from(), x.to());
        }

        @Override
        public Described dropRoutine(DropRoutine x) {
            return new Described('-', null, x.subject() + (x.reason() == null ? "" : " (" + x.reason() + ")"), x.routine(), null);
        }

        @Override
        public Described setRoutineComment(SetRoutineComment x) {
            return new Described('~', null, x.subject() + " comment", x.routine().comment(), x.comment());
        }

        private static String rowSecurity(boolean enabled, boolean forced) {
            return (enabled ? "enabled" : "disabled") + (forced ? ", forced" : "");
        }

        @Override
        public Described createExtension(CreateExtension x) {
            return new Described('+', null, "extension " + x.extension().name() + " " + x.extension().version()
                    + " in schema " + x.extension().schema(), null, x.extension());
        }

        @Override
        public Described alterExtension(AlterExtension x) {
            List<String> what = new java.util.ArrayList<>();
            if (x.updates()) {
                what.add("version " + x.from().version() + " -> " + x.to().version());
            }
            if (x.moves()) {
                what.add("schema " + x.from().schema() + " -> " + x.to().schema());
            }
            if (x.comments()) {
                what.add("comment");
            }
            return new Described('~', null, "extension " + x.to().name() + " " + what, x.from(), x.to());
        }

        @Override
        public Described dropExtension(DropExtension x) {
            return new Described('-', null, "extension " + x.extension().name(), x.extension(), null);
        }

        @Override
        public Described createSequence(CreateSequence x) {
            return new Described('+', null, "sequence " + x.sequence().name() + " " + x.sequence().dataType(), null, x.sequence());
        }

        @Override
        public Described alterSequence(AlterSequence x) {
            List<String> what = new java.util.ArrayList<>();
            if (x.changesOptions()) {
                what.add("options");
            }
            if (x.changesOwner()) {
                what.add(x.to().ownedBy() == null ? "owned by nobody" : "owned by " + x.to().ownedBy());
            }
            if (x.changesComment()) {
                what.add("comment");
            }
            return new Described('~', null, "sequence " + x.to().name() + " " + what, x.from(), x.to());
        }

        @Override
        public Described dropSequence(DropSequence x) {
            return new Described('-', null, "sequence " + x.sequence().name(), x.sequence(), null);
        }

        @Override
        public Described renameRoutine(RenameRoutine x) {
            return new Described('~', null, x.subject() + " renamed to " + x.to(), x.routine(), x.target());
        }

        @Override
        public Described renameDomain(RenameDomain x) {
            return new Described('~', null, "domain " + x.from() + " renamed to " + x.to(), x.from(), x.target());
        }

        @Override
        public Described renameSequence(RenameSequence x) {
            return new Described('~', null, "sequence " + x.from() + " renamed to " + x.to(), x.from(), x.target());
        }

        @Override
        public Described createView(CreateView x) {
            return new Described('+', null, "view " + x.view().name() + again(x.reason()), null, x.view());
        }

        @Override
        public Described replaceView(ReplaceView x) {
            return new Described('~', null, "view " + x.to().name() + " replaced: query changed", x.from(), x.to());
        }

        @Override
        public Described dropView(DropView x) {
            return new Described('-', null, "view " + x.view().name() + toCreateAgain(x.reason()), x.view(), null);
        }

        @Override
        public Described setViewOptions(SetViewOptions x) {
            return new Described('~', null, "view " + x.view() + " options " + x.from() + " -> " + x.to(), x.from(), x.to());
        }

        @Override
        public Described setViewComment(SetViewComment x) {
            return new Described('~', null, "view " + x.view() + " comment", null, x.comment());
        }

        @Override
        public Described createMaterializedView(CreateMaterializedView x) {
            return new Described('+', null, "materialized view " + x.view().name() + (x.view().withData() ? " WITH DATA" : " WITH NO DATA")
                    + again(x.reason()), null, x.view());
        }

        @Override
        public Described dropMaterializedView(DropMaterializedView x) {
            return new Described('-', null, "materialized view " + x.view().name() + toCreateAgain(x.reason()), x.view(), null);
        }

        @Override
        public Described addMaterializedViewIndex(AddMaterializedViewIndex x) {
            return new Described('+', x.view().toString(), "index " + x.index().name(), null, x.index());
        }

        @Override
        public Described dropMaterializedViewIndex(DropMaterializedViewIndex x) {
            return new Described('-', x.view().toString(), "index " + x.index().name(), x.index(), null);
        }

        @Override
        public Described setMaterializedViewComment(SetMaterializedViewComment x) {
            return new Described('~', null, "materialized view " + x.view() + " comment", null, x.comment());
        }

        private static String again(String reason) {
            return reason == null ? "" : " (again: " + reason + ")";
        }

        private static String toCreateAgain(String reason) {
            return reason == null ? "" : " (to create it again: " + reason + ")";
        }

        @Override
        public Described createPolicy(CreatePolicy x) {
            dev.dibs.engine.model.Policy p = x.policy();
            return new Described('+', p.table().toString(), "policy " + p.name() + " " + policyWords(p) + again(x.reason()), null, p);
        }

        @Override
        public Described alterPolicy(AlterPolicy x) {
            List<String> what = new java.util.ArrayList<>();
            if (!x.from().roles().equals(x.to().roles())) {
                what.add("roles " + x.from().roles() + " -> " + x.to().roles());
            }
            if (!java.util.Objects.equals(x.from().using(), x.to().using())) {
                what.add("USING");
            }
            if (!java.util.Objects.equals(x.from().withCheck(), x.to().withCheck())) {
                what.add("WITH CHECK");
            }
            return new Described('~', x.to().table().toString(), "policy " + x.to().name() + " altered: " + String.join(", ", what),
                    x.from(), x.to());
        }

        @Override
        public Described dropPolicy(DropPolicy x) {
            dev.dibs.engine.model.Policy p = x.policy();
            return new Described('-', p.table().toString(), "policy " + p.name() + " " + policyWords(p) + toCreateAgain(x.reason()), p, null);
        }

        @Override
        public Described setPolicyComment(SetPolicyComment x) {
            return new Described('~', x.table().toString(), "policy " + x.policy() + " comment", null, x.comment());
        }

        private static String policyWords(dev.dibs.engine.model.Policy p) {
            return (p.permissive() ? "permissive" : "restrictive") + " for " + p.command();
        }

        @Override
        public Described createOperator(CreateOperator x) {
            return new Described('+', null, x.subject() + " calling " + x.operator().function() + again(x.reason()), null,
                    x.operator());
        }

        @Override
        public Described alterOperator(AlterOperator x) {
            List<String> what = new java.util.ArrayList<>();
            dev.dibs.engine.model.Operator from = x.from();
            dev.dibs.engine.model.Operator to = x.to();
            if (!java.util.Objects.equals(from.restrict(), to.restrict())) {
                what.add("RESTRICT " + orNone(from.restrict()) + " -> " + orNone(to.restrict()));
            }
            if (!java.util.Objects.equals(from.join(), to.join())) {
                what.add("JOIN " + orNone(from.join()) + " -> " + orNone(to.join()));
            }
            if (!java.util.Objects.equals(from.commutator(), to.commutator())) {
                what.add("COMMUTATOR " + orNone(to.commutator()));
            }
            if (!java.util.Objects.equals(from.negator(), to.negator())) {
                what.add("NEGATOR " + orNone(to.negator()));
            }
            if (from.hashes() != to.hashes()) {
                what.add("HASHES");
            }
            if (from.merges() != to.merges()) {
                what.add("MERGES");
            }
            return new Described('~', null, x.subject() + " altered: " + String.join(", ", what), from, to);
        }

        @Override
        public Described dropOperator(DropOperator x) {
            return new Described('-', null, x.subject() + toCreateAgain(x.reason()), x.operator(), null);
        }

        @Override
        public Described setOperatorComment(SetOperatorComment x) {
            return new Described('~', null, x.subject() + " comment", x.operator().comment(), x.comment());
        }

        private static String orNone(Object name) {
            return name == null ? "NONE" : name.toString();
        }

        @Override
        public Described createCollation(CreateCollation x) {
            return new Described('+', null, x.subject() + " " + dev.dibs.engine.diff.CollationRefused.describe(x.collation())
                    + again(x.reason()), null, x.collation());
        }

        @Override
        public Described dropCollation(DropCollation x) {
            return new Described('-', null, x.subject() + toCreateAgain(x.reason()), x.collation(), null);
        }

        @Override
        public Described setCollationComment(SetCollationComment x) {
            return new Described('~', null, x.subject() + " comment", x.collation().comment(), x.comment());
        }
    }

    /** A key's options, so that a key re-created for them alone reads differently from the one it replaces. */
    private static String keyWords(List<String> include, List<String> options, Deferrability deferrability) {
        return (include.isEmpty() ? "" : " INCLUDE " + include) + (options.isEmpty() ? "" : " WITH " + options)
                + switch (deferrability) {
                    case NOT_DEFERRABLE -> "";
                    case INITIALLY_IMMEDIATE -> " DEFERRABLE";
                    case INITIALLY_DEFERRED -> " DEFERRABLE INITIALLY DEFERRED";
                };
    }

    /**
     * Why a foreign key that stays is dropped and added back, as the end of its description; such a
     * key is marked changed ({@code ~}), not added or removed: it is in both schemas.
     */
    /** " NOT VALID" for a constraint declared so (enforced, never validated): the old rows stay unchecked. */
    private static String notValid(boolean validated, boolean enforced) {
        return enforced && !validated ? " NOT VALID" : "";
    }

        private static String because(String reason) {
        return reason == null ? "" : " (re-created: " + reason + ")";
    }

    /**
     * What a difference between replayed migrations ({@code current}) and the Java schema
     * ({@code desired}) means, for {@code dibs:check}.
     */
    public static String asMissingFromMigrations(SchemaChange c) {
        Described d = describe(c);
        String where = d.table() == null ? "" : d.table() + ": ";
        // printed on the console: a name holding a newline must not start a line of its own
        return Printable.escape(switch (d.marker()) {
            case '+' -> where + d.text() + " is in the Java schema but no migration creates it";
            case '-' -> where + d.text() + " is created by the migrations but is not in the Java schema";
            default -> where + d.text() + ": the migrations and the Java schema differ";
        });
    }
}
