package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.CreateTrigger;
import dev.dibs.engine.diff.SchemaChange.DropTrigger;
import dev.dibs.engine.diff.SchemaChange.RenameTrigger;
import dev.dibs.engine.diff.SchemaChange.SetTriggerComment;
import dev.dibs.engine.diff.SchemaChange.SetTriggerEnabled;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Trigger;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The triggers of a view the plan drops ({@code INSTEAD OF}, or statement-level): {@code DROP VIEW}
 * takes them along without a word, so none is dropped on its own, and those of a view dropped to be
 * created again are created again after it, as the desired state has them. Without this a view
 * re-created because a column was inserted in the middle would silently lose its triggers. The
 * same holds when a table takes the place of a dropped view, keeping a trigger of the same name.
 */
final class ViewTriggers {

    private ViewTriggers() {
    }

    /**
     * @param dropped   the views the plan drops for good
     * @param recreated the views it drops and creates again, with why (null: their own change)
     */
    static void follow(Schema desired, Set<QualifiedName> dropped, Map<QualifiedName, String> recreated, List<SchemaChange> changes) {
        changes.removeIf(c -> c instanceof DropTrigger d && (dropped.contains(d.trigger().table())
                || recreated.containsKey(d.trigger().table())));
        changes.removeIf(c -> c instanceof SetTriggerEnabled s && recreated.containsKey(s.table())
                || c instanceof SetTriggerComment s2 && recreated.containsKey(s2.table())
                // a renamed trigger of a view that goes goes with it, and is created under its new name below
                || c instanceof RenameTrigger r && (recreated.containsKey(r.table()) || dropped.contains(r.table())));
        for (Trigger t : desired.triggers()) {
            if (!recreated.containsKey(t.table()) && !dropped.contains(t.table())) {
                continue;
            }
            boolean created = changes.stream().anyMatch(c -> c instanceof CreateTrigger ct
                    && ct.trigger().table().equals(t.table()) && ct.trigger().name().equals(t.name()));
            if (created) {
                continue;
            }
            if (dropped.contains(t.table())) { // a table of the view's name takes its place, with a trigger of that name
                changes.add(new CreateTrigger(t, "the view " + t.table() + " it was on is dropped"));
            } else {
                String why = recreated.get(t.table());
                changes.add(new CreateTrigger(t, "its view " + t.table() + " is dropped and created again"
                        + (why == null ? "" : " (" + why + ")")));
            }
        }
    }
}
