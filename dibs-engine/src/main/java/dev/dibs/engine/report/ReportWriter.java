package dev.dibs.engine.report;

import dev.dibs.engine.SideTask;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the reports under {@code target/dibs/}: {@code diff.json} (a stable, documented shape),
 * {@code diff.md}, {@code plan.sql}, {@code report.html}. Each file is written to a temporary file and moved into
 * place, so a concurrent reader never sees half a report.
 */
public final class ReportWriter {

    /** Version of diff.json's shape; see {@link DiffJson#FORMAT} for its history. */
    public static final int JSON_FORMAT = DiffJson.FORMAT;

    private ReportWriter() {
    }

    public static void write(Path directory, DriftReport report) {
        // diff.json and report.html are the two large ones (each about 2 MB at 1,000 tables): made side
        // by side, each written by the thread that made it
        SideTask<Path> json = SideTask.start("dibs-report-json", "diff.json", () -> {
            Path file = directory.resolve("diff.json");
            atomically(file, json(report));
            return file;
        });
        try {
            atomically(directory.resolve("report.html"), HtmlReport.render(report, "dibs report"));
            atomically(directory.resolve("diff.md"), markdown(report));
            atomically(directory.resolve("plan.sql"), planSql(report));
        } catch (RuntimeException | Error e) {
            // diff.json's thread is waited for on every path: nothing of this report lands after write has ended
            try {
                json.get();
            } catch (RuntimeException | Error alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        json.get();
    }

    /** How a warning starts in {@link #planSql}: a comment line. */
    static final String WARNING = "-- warning: ";

    /** The plan as {@code plan.sql} holds it: a header, what it cannot make right, the warnings as comments, the statements. */
    public static String planSql(DriftReport report) {
        return planSql(report, true);
    }

    /** As {@link #planSql(DriftReport)}, the warnings left out when {@code withWarnings} is false (a console prints them as warnings). */
    public static String planSql(DriftReport report, boolean withWarnings) {
        StringBuilder sql = new StringBuilder("-- dibs plan for " + report.database() + "\n");
        if (!report.applicable()) {
            sql.append("-- NOT TO BE APPLIED: dibs cannot make the database match ").append(report.desiredState()).append(":\n");
            report.unreproducible().forEach(u -> sql.append("--   ").append(Printable.escape(u)).append('\n'));
        }
        // a reviewer reading only plan.sql (a pull request's, a log run with -q) reads them too, each on its line
        if (withWarnings) {
            report.warnings().forEach(w -> sql.append(WARNING).append(Printable.escape(w)).append('\n'));
        }
        return sql.append(report.plan().isEmpty() ? report.applicable() ? "-- nothing to do: the database matches "
                + report.desiredState() + "\n" : "-- no statement\n" : report.plan().toSql()).toString();
    }

    static String json(DriftReport report) {
        return DiffJson.render(report);
    }

    static String markdown(DriftReport report) {
        StringBuilder md = new StringBuilder("# dibs diff\n\nDatabase: ").append(codeSpan(report.database()))
                .append("  \nDesired state: ").append(md(report.desiredState())).append("\n\n");
        if (!report.hasDrift()) {
            md.append("No differences: the database matches ").append(md(report.desiredState())).append(".\n");
        } else if (report.plan().isEmpty()) {
            md.append("No statement can make the database match: see below.\n");
        } else {
            md.append(report.plan().changes().size()).append(" changes:\n");
            Map<String, StringBuilder> byTable = new LinkedHashMap<>();
            Map<SchemaChange, List<Statement>> byChange = DiffJson.statementsByChange(report);
            for (SchemaChange change : report.plan().changes()) {
                ChangeDescriber.Described d = ChangeDescriber.describe(change);
                String hazards = String.join(", ", Hazard.names(byChange.getOrDefault(change, List.of()).stream()
                        .flatMap(s -> s.hazards().stream()).toList()));
                byTable.computeIfAbsent(d.table() == null ? "schema" : "table " + md(d.table()), k -> new StringBuilder())
                        .append("- `").append(d.marker()).append("` ").append(md(d.text()))
                        .append(hazards.isEmpty() ? "" : " — **" + hazards + "**").append('\n');
            }
            byTable.forEach((title, lines) -> md.append("\n### ").append(title).append("\n\n").append(lines));
        }
        if (!report.applicable()) {
            md.append("\n## Beyond the plan (drift dibs cannot make right; the plan is not applied)\n\n");
            report.unreproducible().forEach(u -> md.append("- ").append(md(u)).append('\n'));
        }
        if (!report.plan().suggestions().isEmpty()) {
            md.append("\n## Rename suggestions\n\n");
            report.plan().suggestions().forEach(s -> md.append("- ").append(md(s.toString())).append('\n'));
        }
        if (!report.notManaged().isEmpty()) {
            md.append("\n## Not managed by dibs (not drift)\n\n");
            // what differs first and in bold; what is the same on both sides is still listed, as such
            report.differingNotes().forEach(n -> md.append("- **").append(md(report.describe(n))).append("**\n"));
            report.notManaged().stream().filter(n -> n.side() != NotManaged.Side.DIFFERENT)
                    .forEach(n -> md.append("- ").append(md(report.describe(n))).append('\n'));
        }
        if (!report.warnings().isEmpty()) {
            md.append("\n## Warnings\n\n");
            report.warnings().forEach(w -> md.append("- ").append(md(w)).append('\n'));
        }
        return md.toString();
    }

    /**
     * Text from names and expressions, as Markdown shows it and no more: no raw HTML, no table
     * cell or code span breaking out, no line break starting a heading.
     */
    static String md(String text) {
        String printable = Printable.escape(text);
        for (int i = 0; i < printable.length(); i++) {
            switch (printable.charAt(i)) {
                case '&', '<', '>', '|', '`', '\\' -> {
                    return mdEscaped(printable);
                }
                default -> {
                }
            }
        }
        return printable;
    }

    /**
     * {@link #md}'s replacements, in one pass (five passes of {@code replace} were about 30% of diff.md's
     * time cold). A backslash before ASCII punctuation, which Markdown would take for an escape, is doubled:
     * one before a {@code |} or a backtick would otherwise undo its escape. Before anything else ({@code \n},
     * {@code \u001b} from {@link Printable#escape}) it stays as it is, which Markdown shows as it is.
     */
    private static String mdEscaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '|' -> out.append("\\|");
                case '`' -> out.append("\\`");
                case '\\' -> out.append(i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1)) ? "\\\\" : "\\");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A code span around text that may itself hold backticks. */
    private static String codeSpan(String text) {
        String oneLine = Printable.escape(text);
        return oneLine.contains("`") ? "`` " + oneLine + " ``" : "`" + oneLine + "`";
    }

    /** What CommonMark lets a backslash escape: {@code !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~}. */
    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    /** The files {@link #write} makes. */
    public static final java.util.List<String> FILES = java.util.List.of("diff.json", "diff.md", "plan.sql", "report.html");

    /**
     * Removes {@code files} (such as {@link #FILES}, what {@link #write} makes) from {@code directory}, an
     * earlier run's: a goal that writes them calls it first, so that one failing before it has them (a migration failed, the database
     * could not be reached) leaves none rather than an earlier run's, which a CI job would publish as its own.
     */
    public static void clear(Path directory, java.util.List<String> files) {
        for (String name : files) {
            try {
                Files.deleteIfExists(directory.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the earlier report " + directory.resolve(name), e);
            }
        }
    }

    /** Writes through a temporary file and an atomic move. */
    public static void atomically(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
