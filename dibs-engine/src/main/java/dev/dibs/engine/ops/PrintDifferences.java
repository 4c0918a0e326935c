package dev.dibs.engine.ops;

import dev.dibs.engine.inspect.Fingerprints.ConstraintPrint;
import dev.dibs.engine.inspect.Fingerprints.IndexPrint;
import dev.dibs.engine.inspect.Fingerprints.TablePrint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The aspects in which two fingerprints of one object differ, in words: what the desired state has
 * ({@code want}) and what the other side has ({@code got}). Only aspects that are not expressions
 * are compared one by one (expressions may be printed differently yet mean the same: the caller
 * compares whole definitions, re-printed, for those).
 */
final class PrintDifferences {

    /** One differing aspect: the desired side's words and the other side's. */
    record Aspect(String want, String got) {
    }

    private PrintDifferences() {
    }

    static List<Aspect> table(TablePrint want, TablePrint got) {
        List<Aspect> out = new ArrayList<>();
        if (!Objects.equals(want.kind(), got.kind()) || !Objects.equals(want.partitionKey(), got.partitionKey())) {
            out.add(new Aspect(tableKind(want), tableKind(got)));
        }
        if (!Objects.equals(want.persistence(), got.persistence())) {
            out.add(new Aspect(persistence(want.persistence()), persistence(got.persistence())));
        }
        if (!want.options().equals(got.options())) {
            out.add(new Aspect(storage(want.options()), storage(got.options())));
        }
        if (!Objects.equals(want.tablespace(), got.tablespace())) {
            out.add(new Aspect(tablespace(want.tablespace()), tablespace(got.tablespace())));
        }
        return out;
    }

    static List<Aspect> index(IndexPrint want, IndexPrint got) {
        List<Aspect> out = new ArrayList<>();
        if (!Objects.equals(want.method(), got.method())) {
            out.add(new Aspect("access method " + want.method(), "access method " + got.method()));
        }
        int columns = Math.min(want.operatorClasses().size(), got.operatorClasses().size());
        for (int i = 0; i < columns; i++) {
            String on = " on " + column(want.columns().get(i));
            String wantClass = want.operatorClasses().get(i);
            String gotClass = got.operatorClasses().get(i);
            if (!Objects.equals(wantClass, gotClass)) {
                out.add(new Aspect(operatorClass(wantClass) + on, operatorClass(gotClass) + on));
            }
            String wantCollation = i < want.collations().size() ? want.collations().get(i) : null;
            String gotCollation = i < got.collations().size() ? got.collations().get(i) : null;
            if (!Objects.equals(wantCollation, gotCollation)) {
                out.add(new Aspect(collation(wantCollation) + on, collation(gotCollation) + on));
            }
        }
        if (want.nullsNotDistinct() != got.nullsNotDistinct()) {
            out.add(new Aspect(nulls(want.nullsNotDistinct()), nulls(got.nullsNotDistinct())));
        }
        if (!want.options().equals(got.options())) {
            out.add(new Aspect(storage(want.options()), storage(got.options())));
        }
        if (!Objects.equals(want.tablespace(), got.tablespace())) {
            out.add(new Aspect(tablespace(want.tablespace()), tablespace(got.tablespace())));
        }
        return out;
    }

    static List<Aspect> constraint(ConstraintPrint want, ConstraintPrint got) {
        List<Aspect> out = new ArrayList<>();
        if (want.deferrable() != got.deferrable() || want.deferred() != got.deferred()) {
            out.add(new Aspect(deferrability(want), deferrability(got)));
        }
        if (want.noInherit() != got.noInherit()) {
            out.add(new Aspect(want.noInherit() ? "NO INHERIT" : "a check child tables inherit (no NO INHERIT)",
                    got.noInherit() ? "NO INHERIT" : "a check child tables inherit (no NO INHERIT)"));
        }
        if (!Objects.equals(want.matchType(), got.matchType())) {
            out.add(new Aspect(match(want.matchType()), match(got.matchType())));
        }
        return out;
    }

    /** The fallback when no aspect above tells two definitions apart. */
    static Aspect definition(String want, String got) {
        return new Aspect("the definition " + want, "the definition " + got);
    }

    private static String tableKind(TablePrint t) {
        return "p".equals(t.kind()) ? "partitioning PARTITION BY " + t.partitionKey() : "a table that is not partitioned";
    }

    private static String persistence(String p) {
        return "u".equals(p) ? "UNLOGGED" : "t".equals(p) ? "TEMPORARY" : "a logged table (not UNLOGGED)";
    }

    private static String storage(List<String> options) {
        return options.isEmpty() ? "no storage parameters" : "storage parameters WITH (" + String.join(", ", options) + ")";
    }

    private static String tablespace(String name) {
        return name == null ? "the default tablespace" : "tablespace " + name;
    }

    private static String column(String text) {
        return text.matches("[a-z_][a-z0-9_$]*|\"([^\"]|\"\")*\"") ? "column " + text : "expression " + text;
    }

    private static String operatorClass(String name) {
        return name == null ? "the default operator class" : "operator class " + name;
    }

    private static String collation(String name) {
        return name == null ? "the column's own collation" : "collation " + name;
    }

    private static String nulls(boolean notDistinct) {
        return notDistinct ? "NULLS NOT DISTINCT" : "NULLS DISTINCT (the default)";
    }

    private static String deferrability(ConstraintPrint k) {
        return !k.deferrable() ? "NOT DEFERRABLE" : k.deferred() ? "DEFERRABLE INITIALLY DEFERRED" : "DEFERRABLE INITIALLY IMMEDIATE";
    }

    private static String match(String type) {
        return "f".equals(type) ? "MATCH FULL" : "p".equals(type) ? "MATCH PARTIAL" : "MATCH SIMPLE";
    }
}
