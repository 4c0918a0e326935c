package dev.dibs.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The virtual schema's triggers and routines keep, beside the objects, which belong to each table,
 * function, dependency and name; a replaced object keeps its place, and every lookup follows puts,
 * replacements and removals.
 */
class ObjectIndexesTest {

    private static final QualifiedName ACCOUNTS = new QualifiedName("public", "accounts");
    private static final QualifiedName ORDERS = new QualifiedName("public", "orders");

    private static Trigger trigger(QualifiedName table, String name, String function) {
        return new Trigger(table, name, "CREATE TRIGGER " + name + " …", function, "O", null);
    }

    private static void put(TriggerSet set, Trigger t) {
        set.put(VirtualSchema.triggerKey(t.table(), t.name()), t);
    }

    @Test
    void triggersByTableAndFunction() {
        TriggerSet set = new TriggerSet();
        put(set, trigger(ACCOUNTS, "a1", "public.audit()"));
        put(set, trigger(ORDERS, "o1", "public.audit()"));
        put(set, trigger(ACCOUNTS, "a2", "public.touch()"));
        assertThat(set.on(ACCOUNTS)).extracting(Trigger::name).containsExactly("a1", "a2");
        assertThat(set.executing("public.audit()")).extracting(Trigger::name).containsExactly("a1", "o1");

        // enabled and commented where it stands; another function moves it in the function lookup only
        put(set, set.get(VirtualSchema.triggerKey(ACCOUNTS, "a1")).withEnabled("D"));
        put(set, trigger(ORDERS, "o1", "public.touch()"));
        assertThat(set.values()).extracting(Trigger::name).containsExactly("a1", "o1", "a2");
        assertThat(set.values()).extracting(Trigger::enabled).containsExactly("D", "O", "O");
        assertThat(set.executing("public.audit()")).extracting(Trigger::name).containsExactly("a1");
        assertThat(set.executing("public.touch()")).extracting(Trigger::name).containsExactly("a2", "o1");

        set.remove(VirtualSchema.triggerKey(ACCOUNTS, "a2"));
        set.remove(VirtualSchema.triggerKey(ACCOUNTS, "nothing"));
        assertThat(set.on(ACCOUNTS)).extracting(Trigger::name).containsExactly("a1");
        assertThat(set.executing("public.touch()")).extracting(Trigger::name).containsExactly("o1");
        assertThat(set.on(new QualifiedName("public", "none"))).isEmpty();

        // names with dots can give two tables' triggers one key: the table lookup follows the trigger
        Trigger dotted = trigger(new QualifiedName("s", "t.x"), "y", null);
        Trigger other = trigger(new QualifiedName("s", "t"), "x.y", null);
        assertThat(VirtualSchema.triggerKey(dotted.table(), dotted.name())).isEqualTo(VirtualSchema.triggerKey(other.table(), other.name()));
        put(set, dotted);
        put(set, other);
        assertThat(set.on(dotted.table())).isEmpty();
        assertThat(set.on(other.table())).containsExactly(other);
    }

    @Test
    void routinesByDependencyAndName() {
        RoutineSet set = new RoutineSet();
        Routine total = RoutineSolverTest.routine("total", "bigint", List.of("table public.orders"));
        Routine report = RoutineSolverTest.routine("report", "text", List.of("table public.orders", "routine public.total()"));
        set.put(total.signature(), total);
        set.put(report.signature(), report);
        assertThat(set.using("table public.orders")).containsExactly(total, report);
        assertThat(set.using("routine public.total()")).containsExactly(report);
        assertThat(set.named(total.name())).isEqualTo(1);

        // replaced where it stands, its dependencies followed
        Routine reportAlone = RoutineSolverTest.routine("report", "text", List.of("table public.accounts"));
        set.put(reportAlone.signature(), reportAlone);
        assertThat(set.values()).containsExactly(total, reportAlone);
        assertThat(set.using("table public.orders")).containsExactly(total);
        assertThat(set.using("routine public.total()")).isEmpty();
        assertThat(set.using("table public.accounts")).containsExactly(reportAlone);

        set.remove(total.signature());
        assertThat(set.using("table public.orders")).isEmpty();
        assertThat(set.named(total.name())).isZero();
        assertThat(set.containsKey(reportAlone.signature())).isTrue();
    }
}
