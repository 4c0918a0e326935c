package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.CreateCollation;
import dev.dibs.engine.diff.SchemaChange.DropCollation;
import dev.dibs.engine.diff.SchemaChange.SetCollationComment;
import dev.dibs.engine.model.Collation;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collations {@code CREATE COLLATION} made, matched by schema and name. PostgreSQL alters nothing of
 * a collation but its name, owner and recorded version: another provider, locale, rules or
 * determinism is a drop and a create, which PostgreSQL refuses while a column or domain uses it — so
 * that is refused here, before anything runs, naming what uses it.
 */
final class CollationDiffer {

    private CollationDiffer() {
    }

    static void diff(Schema current, Schema desired, List<SchemaChange> changes) {
        var matched = Matching.byKey(current.collations(), desired.collations(), Collation::name);
        matched.onlyCurrent().forEach(c -> changes.add(new DropCollation(c)));
        matched.onlyDesired().forEach(c -> changes.add(new CreateCollation(c)));
        for (var pair : matched.pairs()) {
            Collation from = pair.current();
            Collation to = pair.desired();
            if (!from.sameDefinition(to)) {
                List<String> users = users(current, from.name());
                if (!users.isEmpty()) {
                    throw CollationRefused.definitionChange(from, to, users);
                }
                String reason = "PostgreSQL cannot alter a collation's " + differences(from, to);
                changes.add(new DropCollation(from, reason));
                changes.add(new CreateCollation(to, reason));
            } else if (!Objects.equals(from.comment(), to.comment())) {
                changes.add(new SetCollationComment(from, to.comment())); // from: the reports show the comment before
            }
        }
    }

    /** What of {@code schema} uses {@code collation}, in words ({@link CollationUses}). */
    static List<String> users(Schema schema, QualifiedName collation) {
        return CollationUses.of(collation, schema.tables(), schema.domains(), CollationUses.texts(schema));
    }

    private static String differences(Collation from, Collation to) {
        List<String> out = new ArrayList<>();
        if (!from.provider().equals(to.provider())) {
            out.add("provider");
        }
        if (!Objects.equals(from.locale(), to.locale()) || !Objects.equals(from.lcCollate(), to.lcCollate())
                || !Objects.equals(from.lcCtype(), to.lcCtype())) {
            out.add("locale");
        }
        if (from.deterministic() != to.deterministic()) {
            out.add("determinism");
        }
        if (!Objects.equals(from.rules(), to.rules())) {
            out.add("rules");
        }
        return String.join(", ", out);
    }
}
