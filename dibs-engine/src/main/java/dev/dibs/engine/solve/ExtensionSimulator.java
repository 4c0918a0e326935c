package dev.dibs.engine.solve;

import dev.dibs.engine.diff.SchemaChange.AlterExtension;
import dev.dibs.engine.diff.SchemaChange.CreateExtension;
import dev.dibs.engine.diff.SchemaChange.DropExtension;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Extension;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulation of extension changes. PostgreSQL refuses {@code DROP EXTENSION} (without CASCADE)
 * while a column has one of its types or an index key one of its operator classes, and a column
 * of one of its types before it exists ({@link VirtualSchema#requireType}).
 */
final class ExtensionSimulator {

    private ExtensionSimulator() {
    }

    static void createExtension(VirtualSchema vs, CreateExtension c) {
        Extension e = c.extension();
        vs.requireNamespace(e.schema());
        if (vs.extensions.containsKey(e.name())) {
            throw new SimulationException.AlreadyExists("extension " + e.name());
        }
        // a function of its own that the database holds loose (installed from a script before
        // PostgreSQL had extensions) makes CREATE EXTENSION fail: the plan drops that one first
        for (String function : e.functions()) {
            if (vs.routines.containsKey(e.schema() + "." + function)) {
                throw new SimulationException.AlreadyExists("function " + e.schema() + "." + function + " (which extension "
                        + e.name() + " creates)");
            }
        }
        vs.extensions.put(e.name(), e);
    }

    static void alterExtension(VirtualSchema vs, AlterExtension c) {
        extension(vs, c.from().name());
        if (c.moves()) { // its types and operator classes move with it: columns and indexes follow them, by oid
            vs.requireNamespace(c.to().schema());
        }
        vs.extensions.put(c.to().name(), c.to());
    }

    static void dropExtension(VirtualSchema vs, DropExtension c) {
        Extension e = extension(vs, c.extension().name());
        List<String> users = users(vs, e);
        if (!users.isEmpty()) {
            throw new SimulationException.DependencyViolation("extension " + e.name() + " is still used by " + users);
        }
        vs.extensions.remove(e.name());
    }

    private static Extension extension(VirtualSchema vs, String name) {
        Extension e = vs.extensions.get(name);
        if (e == null) {
            throw new SimulationException.NotExists("extension " + name);
        }
        return e;
    }

    /** Columns of its types and index keys of its operator classes. */
    private static List<String> users(VirtualSchema vs, Extension e) {
        List<String> out = new ArrayList<>();
        for (Table t : vs.tables()) {
            for (Column c : t.columns()) {
                if (e.schema().equals(c.type().schema()) && e.types().contains(c.type().name())) {
                    out.add("column " + t.name() + "." + c.name());
                }
            }
            for (Index i : t.indexes()) {
                for (IndexKey k : i.keys()) {
                    if (k.opclass() != null && e.operatorClasses().stream()
                            .anyMatch(o -> k.opclass().equals(o) || k.opclass().startsWith(o + "("))) {
                        out.add("index " + t.name().schema() + "." + i.name());
                    }
                }
            }
        }
        return out;
    }
}
