package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.enumCol;
import static dev.dibs.engine.testing.Models.enumType;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static dev.dibs.engine.testing.Models.withDefault;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AddEnumValue;
import dev.dibs.engine.diff.SchemaChange.ColumnRef;
import dev.dibs.engine.diff.SchemaChange.CreateEnum;
import dev.dibs.engine.diff.SchemaChange.DropEnum;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.diff.SchemaChange.RenameEnumValue;
import dev.dibs.engine.diff.SchemaChange.SetEnumComment;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Schema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Enum types: created, dropped, labels added in place, renamed by hint, or the type re-created. */
class EnumDifferTest {

    private static List<SchemaChange> diff(Schema current, Schema desired, RenameHints hints) {
        List<SchemaChange> out = new ArrayList<>();
        EnumDiffer.diff(current, desired, hints, out);
        return out;
    }

    private static List<SchemaChange> diff(EnumType current, EnumType desired) {
        return diff(schema(List.of(current)), schema(List.of(desired)), RenameHints.none());
    }

    @Test
    void equalEnumsGiveNoChange() {
        assertThat(diff(enumType("mood", "happy", "sad"), enumType("mood", "happy", "sad"))).isEmpty();
    }

    @Test
    void dropsBeforeCreations() {
        EnumType old = enumType("old", "a");
        EnumType fresh = enumType("fresh", "b");

        assertThat(diff(schema(List.of(old)), schema(List.of(fresh)), RenameHints.none()))
                .containsExactly(new DropEnum(old), new CreateEnum(fresh));
    }

    @Test
    void newLabelsGoBeforeTheNextExistingOneOrAfterTheLast() {
        assertThat(diff(enumType("s", "b", "d"), enumType("s", "a", "b", "c", "d", "e"))).containsExactly(
                new AddEnumValue(name("s"), "a", "b", null),
                new AddEnumValue(name("s"), "c", "d", null),
                new AddEnumValue(name("s"), "e", null, "d"));
    }

    @Test
    void labelRenamedOnlyWithAHint() {
        RenameHints hints = new RenameHints(List.of(), List.of(),
                List.of(new RenameHints.EnumLabelRename(name("mood"), "glad", "happy")));
        Schema current = schema(List.of(enumType("mood", "happy", "sad")));
        Schema desired = schema(List.of(enumType("mood", "glad", "sad")));

        assertThat(diff(current, desired, hints)).containsExactly(new RenameEnumValue(name("mood"), "happy", "glad"));
        assertThat(diff(current, desired, RenameHints.none())).containsExactly(new RecreateEnum(
                enumType("mood", "happy", "sad"), enumType("mood", "glad", "sad"), List.of()));
    }

    @Test
    void reorderedLabelsRecreateTheTypeConvertingTheColumnsUsingIt() {
        EnumType from = enumType("mood", "a", "b");
        EnumType to = enumType("mood", "b", "a");
        var users = table("users").columns(withDefault(enumCol("m", "mood"), "'a'::public.mood"),
                enumColArray("ms", "mood")).build();

        assertThat(diff(schema(List.of(from), users), schema(List.of(to), users), RenameHints.none())).containsExactly(
                new RecreateEnum(from, to, List.of(
                        new ColumnRef(name("users"), "m", false, true, "'a'::public.mood"),
                        new ColumnRef(name("users"), "ms", true, false, null))));
    }

    @Test
    void recreatedTypeConvertsOnlyTheColumnsThatKeepIt() {
        EnumType from = enumType("mood", "a", "b");
        EnumType to = enumType("mood", "b");
        var users = table("users").columns(enumCol("m", "mood"), enumCol("gone", "mood"), enumCol("as_text", "mood"),
                enumCol("to_array", "mood")).build();
        var dropped = table("old_users").columns(enumCol("m", "mood")).build();
        var usersAfter = table("users").columns(enumCol("m", "mood"), col("as_text", "text"), enumColArray("to_array", "mood")).build();

        // the dropped table and column, and the column that becomes text, go before the type is created again
        assertThat(diff(schema(List.of(from), users, dropped), schema(List.of(to), usersAfter), RenameHints.none())).containsExactly(
                new RecreateEnum(from, to, List.of(
                        new ColumnRef(name("users"), "m", false, false, null),
                        new ColumnRef(name("users"), "to_array", false, false, null))));
    }

    @Test
    void commentChangeIsItsOwnChange() {
        EnumType from = enumType("mood", "a");
        EnumType to = new EnumType(name("mood"), List.of("a"), "How one feels");

        assertThat(diff(from, to)).containsExactly(new SetEnumComment(name("mood"), "How one feels"));
    }

    private static dev.dibs.engine.model.Column enumColArray(String column, String type) {
        var c = enumCol(column, type);
        return new dev.dibs.engine.model.Column(c.name(), c.type().arrayOf(), true, null, null, null, null);
    }
}
