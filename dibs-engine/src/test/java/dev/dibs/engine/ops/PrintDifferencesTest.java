package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Fingerprints.ConstraintPrint;
import dev.dibs.engine.inspect.Fingerprints.IndexPrint;
import dev.dibs.engine.inspect.Fingerprints.TablePrint;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words for each aspect in which two of PostgreSQL's definitions differ: desired first, then the other side. */
class PrintDifferencesTest {

    private static List<String> words(List<PrintDifferences.Aspect> aspects) {
        return aspects.stream().map(a -> a.want() + " / " + a.got()).toList();
    }

    private static IndexPrint index(String method, List<String> classes, List<String> collations, boolean nnd, List<String> options,
                                    String tablespace) {
        return new IndexPrint("USING " + method + " (email)", method, List.of("email", "(lower(name))"), classes, collations, nnd,
                options, null, tablespace);
    }

    @Test
    void indexAspectsAreNamedOneByOne() {
        IndexPrint want = index("gin", Arrays.asList("gin_trgm_ops", null), Arrays.asList(null, "C"), true, List.of("fastupdate=off"),
                "fast");
        IndexPrint got = index("btree", Arrays.asList(null, null), Arrays.asList(null, null), false, List.of(), null);
        assertThat(words(PrintDifferences.index(want, got))).containsExactly(
                "access method gin / access method btree",
                "operator class gin_trgm_ops on column email / the default operator class on column email",
                "collation C on expression (lower(name)) / the column's own collation on expression (lower(name))",
                "NULLS NOT DISTINCT / NULLS DISTINCT (the default)",
                "storage parameters WITH (fastupdate=off) / no storage parameters",
                "tablespace fast / the default tablespace");
        assertThat(PrintDifferences.index(want, want)).isEmpty();
    }

    @Test
    void tableAndConstraintAspectsAreNamed() {
        TablePrint partitioned = new TablePrint("p", "u", List.of("fillfactor=50"), "LIST (kind)", null);
        TablePrint plain = new TablePrint("r", "p", List.of(), null, null);
        assertThat(words(PrintDifferences.table(partitioned, plain))).containsExactly(
                "partitioning PARTITION BY LIST (kind) / a table that is not partitioned",
                "UNLOGGED / a logged table (not UNLOGGED)",
                "storage parameters WITH (fillfactor=50) / no storage parameters");
        ConstraintPrint deferred = new ConstraintPrint("f", "FOREIGN KEY (a) REFERENCES public.t(a) MATCH FULL", true, true, false, "f");
        ConstraintPrint plainKey = new ConstraintPrint("f", "FOREIGN KEY (a) REFERENCES public.t(a)", false, false, false, "s");
        assertThat(words(PrintDifferences.constraint(deferred, plainKey))).containsExactly(
                "DEFERRABLE INITIALLY DEFERRED / NOT DEFERRABLE", "MATCH FULL / MATCH SIMPLE");
        ConstraintPrint noInherit = new ConstraintPrint("c", "CHECK ((a > 0)) NO INHERIT", false, false, true, null);
        ConstraintPrint inherited = new ConstraintPrint("c", "CHECK ((a > 0))", false, false, false, null);
        assertThat(words(PrintDifferences.constraint(noInherit, inherited)))
                .containsExactly("NO INHERIT / a check child tables inherit (no NO INHERIT)");
    }
}
