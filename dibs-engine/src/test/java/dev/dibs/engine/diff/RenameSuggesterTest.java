package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What looks like a rename is only suggested, with the annotation that would make it one. */
class RenameSuggesterTest {

    private static List<RenameSuggestion> columns(DropColumn drop, AddColumn add) {
        return RenameSuggester.suggest(List.of(), List.of(), List.of(drop, add));
    }

    @Test
    void similarColumnNameOfTheSameTypeIsSuggested() {
        var suggestions = columns(new DropColumn(name("users"), col("nickname", "text")),
                new AddColumn(name("users"), col("nick_name", "text")));

        assertThat(suggestions).containsExactly(new RenameSuggestion("column", "public.users.nickname", "public.users.nick_name",
                "add @RenamedFrom(\"nickname\") to the member of column nick_name to rename it and keep its data"));
    }

    @Test
    void anotherTypeADissimilarNameOrAnotherTableIsNotSuggested() {
        DropColumn drop = new DropColumn(name("users"), col("nickname", "text"));

        assertThat(columns(drop, new AddColumn(name("users"), col("nick_name", "integer")))).isEmpty();
        assertThat(columns(drop, new AddColumn(name("users"), col("balance", "text")))).isEmpty();
        assertThat(columns(drop, new AddColumn(name("people"), col("nick_name", "text")))).isEmpty();
    }

    @Test
    void tableSharingMostColumnsIsSuggested() {
        Table people = table("people").columns(col("id", "integer"), col("name", "text"), col("email", "text")).build();
        Table persons = table("persons").columns(col("id", "integer"), col("name", "text"), col("email", "text"),
                col("born", "date")).build();

        assertThat(RenameSuggester.suggest(List.of(people), List.of(persons), List.of())).containsExactly(
                new RenameSuggestion("table", "public.people", "public.persons",
                        "add @RenamedFrom(\"people\") to the class of public.persons to rename the table and keep its rows"));
    }

    @Test
    void tableInAnotherSchemaOrWithFewSharedColumnsIsNotSuggested() {
        Table people = table("people").columns(col("id", "integer"), col("name", "text")).build();
        Table elsewhere = table(QualifiedName.of("app", "people")).columns(col("id", "integer"), col("name", "text")).build();
        Table other = table("orders").columns(col("id", "integer"), col("total", "numeric"), col("at", "date")).build();

        assertThat(RenameSuggester.suggest(List.of(people), List.of(elsewhere, other), List.of())).isEmpty();
    }

    @Test
    void throughTheDifferTheSuggestionComesWithTheDropAndAddUnchanged() {
        Table before = table("users").columns(col("id", "integer"), col("nickname", "text")).build();
        Table after = table("users").columns(col("id", "integer"), col("nick_name", "text")).build();

        Diff diff = SchemaDiffer.diff(schema(before), schema(after), RenameHints.none());

        assertThat(diff.changes()).containsExactly(new DropColumn(name("users"), col("nickname", "text")),
                new AddColumn(name("users"), col("nick_name", "text")));
        assertThat(diff.suggestions()).extracting(RenameSuggestion::kind, RenameSuggestion::from, RenameSuggestion::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("column", "public.users.nickname", "public.users.nick_name"));
    }
}
