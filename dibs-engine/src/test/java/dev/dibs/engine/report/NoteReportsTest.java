package dev.dibs.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.inspect.NotManaged.Side;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.ops.Planner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every report says each note's side; what differs stands out, what is identical is listed as unchanged. */
class NoteReportsTest {

    private static DriftReport report(String desiredState) {
        Schema empty = Schema.empty(List.of("public"));
        List<NotManaged> notes = List.of(
                new NotManaged("view", "public", "same", "SELECT 1").on(Side.IDENTICAL, null),
                new NotManaged("policy", "public", "t.p", "USING ((a > 1))").on(Side.DIFFERENT, "USING ((a > 2))"),
                new NotManaged("cast", "public", "(a AS b)", "WITHOUT FUNCTION").on(Side.ONLY_IN_DESIRED_STATE, null),
                new NotManaged("rule", "public", "t.r", "CREATE RULE r …").on(Side.ONLY_IN_DATABASE, null));
        return new DriftReport("db", desiredState, Planner.plan(empty, empty, RenameHints.none()), empty, notes, List.of());
    }

    @Test
    void diffJsonCarriesEachNotesSideAndTheDesiredDefinitionWhereItDiffers() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportWriter.json(report(DriftReport.REFERENCE_DATABASE + "x")));

        assertThat(json.get("format").asInt()).isEqualTo(11);
        JsonNode policy = json.get("notManaged").get(1);
        assertThat(policy.get("side").asText()).isEqualTo("DIFFERENT");
        assertThat(policy.get("detail").asText()).isEqualTo("USING ((a > 1))");
        assertThat(policy.get("desiredDetail").asText()).isEqualTo("USING ((a > 2))");
        assertThat(policy.get("summary").asText())
                .isEqualTo("policy public.t.p: in both, definitions differ: the database has \"USING ((a > 1))\", the reference \"USING ((a > 2))\"");
        assertThat(json.get("notManaged")).extracting(n -> n.get("side").asText())
                .containsExactly("IDENTICAL", "DIFFERENT", "ONLY_IN_DESIRED_STATE", "ONLY_IN_DATABASE");
        assertThat(json.get("notManaged").get(0).get("desiredDetail").isNull()).isTrue();
    }

    @Test
    void diffMdPutsWhatDiffersFirstInBold() {
        String md = ReportWriter.markdown(report(DriftReport.JAVA_SCHEMA));

        String notes = md.substring(md.indexOf("## Not managed by dibs"));
        assertThat(notes.lines().filter(l -> l.startsWith("- "))).containsExactly(
                "- **policy public.t.p: in both, definitions differ: the database has \"USING ((a &gt; 1))\", the desired state"
                        + " \"USING ((a &gt; 2))\"**",
                "- view public.same: in both, identical: SELECT 1",
                "- cast public.(a AS b): only in the desired state: WITHOUT FUNCTION",
                "- rule public.t.r: only in the database: CREATE RULE r …");
    }

    @Test
    void theHtmlReportMarksWhatDiffersAndGreysWhatIsIdentical() {
        String html = HtmlReport.render(report(DriftReport.REFERENCE_DATABASE + "x"), "t");

        assertThat(html).contains("<li class=\"note different\">policy public.t.p: in both, definitions differ:",
                "<li class=\"note identical\">view public.same: in both, identical: SELECT 1</li>",
                "<li class=\"note only-in-desired-state\">cast public.(a AS b): only in the reference: WITHOUT FUNCTION</li>",
                "<li class=\"note only-in-database\">rule public.t.r: only in the database:");
        assertThat(html.indexOf("note different")).isLessThan(html.indexOf("note identical"));
    }
}
