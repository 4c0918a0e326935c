package dev.dibs.engine.importer;

import dev.dibs.engine.diff.OperatorUses;
import dev.dibs.engine.diff.RoutineUses;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.Operator;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.render.ScriptStatement;
import dev.dibs.engine.render.SqlFileStatements;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Writes what a Java record cannot say — collations, extensions, sequences, domains, functions and procedures,
 * operators (with the functions they call), views and materialized views (with their indexes), triggers, policies and the comments on them —
 * as SQL files under {@code src/main/resources/dibs/}, one file per kind, only for kinds the schema
 * has. The files run in the order of their paths, so the names are numbered in the order the
 * objects build in: collations first (a domain or column may use one), extensions before the sequences, domains and functions that use their types;
 * domains before the functions whose signatures use them, except a domain whose check or default
 * calls one of the functions or uses one of the operators, written after them; functions before the views that call them; views
 * before the triggers that may be on them ({@code INSTEAD OF}); policies last, as their expressions
 * may read any of them.
 */
public final class SqlFileWriter {

    /** Where the files go, relative to the project's base directory. */
    public static final String DIRECTORY = "src/main/resources/dibs/";

    private record Part(String file, String what, Function<Schema, List<ScriptStatement>> statements) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("00-collations.sql", "collations", SqlFileStatements::collations),
            new Part("01-extensions.sql", "extensions", SqlFileStatements::extensions),
            new Part("02-sequences.sql", "sequences", SqlFileStatements::sequences),
            new Part("03-domains.sql", "domains", s -> SqlFileStatements.domains(s.withDomains(domains(s, false)))),
            new Part("04-functions.sql", "functions and procedures (then the operators and the domains that call them)", s -> {
                List<ScriptStatement> out = new ArrayList<>(SqlFileStatements.routinesAndOperators(s));
                out.addAll(SqlFileStatements.domains(s.withDomains(domains(s, true))));
                return out;
            }),
            new Part("05-views.sql", "views and materialized views", SqlFileStatements::views),
            new Part("06-triggers.sql", "triggers", SqlFileStatements::triggers),
            new Part("07-policies.sql", "row-level-security policies", SqlFileStatements::policies));

    private SqlFileWriter() {
    }

    /** The files for {@code schema}'s objects beyond tables and enums; none when it has none. */
    public static List<ImportedFile> write(Schema schema) {
        List<ImportedFile> out = new ArrayList<>();
        for (Part part : PARTS) {
            List<ScriptStatement> statements = part.statements().apply(schema);
            if (!statements.isEmpty()) {
                out.add(new ImportedFile(DIRECTORY + part.file(), text(part.what(), statements)));
            }
        }
        return out;
    }

    /**
     * The domains whose checks or default call a function or use an operator of the schema
     * ({@code callers}), or the others, found as the whole-schema script finds them ({@link RoutineUses},
     * {@link OperatorUses}): PostgreSQL records no dependency of a domain on them that the model holds;
     * a false match only moves the domain after the functions, which still builds.
     */
    private static List<Domain> domains(Schema schema, boolean callers) {
        List<QualifiedName> called = schema.routines().stream().map(Routine::name).distinct().toList();
        List<QualifiedName> operators = schema.operators().stream().map(Operator::name).distinct().toList();
        Predicate<String> uses = text -> called.stream().anyMatch(n -> RoutineUses.calls(text, n))
                || operators.stream().anyMatch(n -> OperatorUses.uses(text, n));
        return schema.domains().stream()
                .filter(d -> (uses.test(d.defaultExpression()) || d.checks().stream().anyMatch(k -> uses.test(k.definition()))) == callers)
                .toList();
    }

    private static String text(String what, List<ScriptStatement> statements) {
        StringBuilder b = new StringBuilder();
        b.append("-- The ").append(what).append(" of the database, written by dibs:import.\n")
                .append("-- This file is desired state, like the @Table classes: edit it to change them (see sql-files.html).\n");
        for (ScriptStatement s : statements) {
            b.append('\n').append(s.sql().strip()).append(";\n");
        }
        return b.toString();
    }
}
