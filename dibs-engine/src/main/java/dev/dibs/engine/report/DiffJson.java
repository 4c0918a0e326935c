package dev.dibs.engine.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dibs.engine.diff.RenameSuggestion;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code diff.json}: the plan for programs. Its size grows with the plan, not with the definitions'
 * defaults: a definition ({@code before}, {@code after}) leaves out every field that is null, false,
 * an empty list or object, or one of {@link #DEFAULTS}, and a column's type is its SQL text; a
 * foreign key dropped ahead of a table the plan drops is named only, the table's definition holding
 * it (in a plan dropping a thousand tables, the thousand keys were a fifth of the file). Each
 * element of a top-level list is one line, so the file reads and diffs line by line without the
 * bulk of indenting every nested field. Written with Jackson's streaming generator and the records'
 * own components: no object mapper to warm up, no tree built and walked again; a table, most of a
 * large plan's file, field by field ({@link TableJson}, held equal to the walk by a test).
 */
final class DiffJson {

    /**
     * Version of the shape; bumped on any change of it (2: {@code hazards} explains the plan's
     * hazards; 3: {@code unreproducible}; 4: each note of {@code notManaged} has its {@code side},
     * {@code desiredDetail} and {@code summary}; 5: definitions leave out default fields, a type is
     * its SQL text, a column's {@code identity} is its kind and an index key's {@code expression}
     * its text, a foreign key dropped with its table is named only, and each element of a top-level
     * list is one line; 6: a function's or procedure's definition has its {@code argumentTypes};
     * 7: a column has its {@code statistics} target when it has one of its own; 8: a column has its
     * {@code collation} when it is not its type's; 9: that collation is its {@code schema} and
     * {@code name}, and collations {@code CREATE COLLATION} made are changes of their own; 10: a partition's
     * {@code of} and {@code partitionBy}; 11: a table's {@code options} has the tables it {@code inherits}
     * from, and {@code Inherit}/{@code NoInherit} are changes of their own; a re-created enum's column is
     * {@code carried} when an inheritance child has it from its parent).
     */
    static final int FORMAT = 11;

    /**
     * Values a definition's field holds unless it says otherwise, left out like null, false and
     * empty lists (a field named here is written whenever it differs, false and null included):
     * with those, they were most of the text of a typical table's definition.
     */
    static final Map<String, Object> DEFAULTS = Map.of("identity", "NONE", "deferrability", "NOT_DEFERRABLE",
            "onDelete", "NO_ACTION", "onUpdate", "NO_ACTION", "method", "btree", "validated", true, "enforced", true);

    private static final JsonFactory FACTORY = new JsonFactory();

    /** What {@link #COMPONENTS} holds for a class that is not a record (told apart by identity from a record without components). */
    private static final Component[] NOT_A_RECORD = new Component[0];

    /**
     * A record component: its name, its accessor as {@code (Object) -> Object}, the value it is left out
     * at ({@link #DEFAULTS}, null for none) and whether it is always left out; all found once per class.
     */
    private record Component(String name, MethodHandle accessor, Object byDefault, boolean neverWritten) {
    }

    /**
     * Record components by class, looked up once: {@code RecordComponent.getAccessor()} searches the
     * class's methods on every call, which for a thousand tables' definitions was most of the file's time.
     */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return NOT_A_RECORD;
            }
            RecordComponent[] components = type.getRecordComponents();
            Component[] out = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                try {
                    // one shape for every accessor: the JVM makes a handful of method handle classes, where
                    // reflection (on Java 17) generated one accessor class per component after its 15th call;
                    // looked up with this class's access, as Method.invoke checked it
                    String name = components[i].getName();
                    out[i] = new Component(name, MethodHandles.lookup()
                            .unreflect(components[i].getAccessor()).asType(MethodType.methodType(Object.class, Object.class)),
                            DEFAULTS.get(name), type == ForeignKey.class && name.equals("referencedIndex"));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + components[i].getName() + " of " + type.getName(), e);
                }
            }
            return out;
        }
    };

    private DiffJson() {
    }

    static String render(DriftReport report) {
        StringWriter out = new StringWriter(64 * 1024 + report.plan().statements().size() * 512);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new Lines());
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeStringField("database", report.database());
            g.writeStringField("desiredState", report.desiredState());
            g.writeBooleanField("drift", report.hasDrift());
            changes(g, report);
            g.writeObjectFieldStart("hazards");
            Set<Hazard> all = EnumSet.noneOf(Hazard.class);
            for (Statement s : report.plan().statements()) {
                all.addAll(s.hazards());
            }
            for (Hazard h : Hazard.sorted(all)) {
                g.writeStringField(h.name(), h.explanation());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("suggestions");
            for (RenameSuggestion s : report.plan().suggestions()) {
                g.writeStartObject();
                g.writeStringField("kind", s.kind());
                g.writeStringField("from", s.from());
                g.writeStringField("to", s.to());
                g.writeStringField("hint", s.hint());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notManaged");
            for (NotManaged n : report.notManaged()) {
                g.writeStartObject();
                g.writeStringField("kind", n.kind());
                g.writeStringField("schema", n.schema());
                g.writeStringField("name", n.name());
                g.writeStringField("detail", n.detail());
                g.writeStringField("side", n.side().name());
                g.writeStringField("desiredDetail", n.desiredDetail());
                g.writeStringField("summary", report.describe(n));
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "unreproducible", report.unreproducible());
            strings(g, "warnings", report.warnings());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void changes(JsonGenerator g, DriftReport report) throws IOException {
        Map<SchemaChange, List<Statement>> byChange = statementsByChange(report);
        Set<QualifiedName> droppedTables = new HashSet<>();
        report.plan().changes().forEach(c -> {
            if (c instanceof SchemaChange.DropTable d) {
                droppedTables.add(d.table().name());
            }
        });
        g.writeArrayFieldStart("changes");
        for (SchemaChange change : report.plan().changes()) {
            ChangeDescriber.Described d = ChangeDescriber.describe(change);
            List<Statement> statements = byChange.getOrDefault(change, List.of());
            g.writeStartObject();
            g.writeStringField("kind", change.getClass().getSimpleName());
            g.writeStringField("object", change.subject());
            g.writeStringField("summary", d.text());
            g.writeFieldName("before");
            if (change instanceof SchemaChange.DropForeignKey f && droppedTables.contains(f.table())) {
                // dropped ahead of its table, which the plan drops too: the table's before holds its definition
                g.writeStartObject();
                g.writeStringField("name", f.key().name());
                g.writeEndObject();
            } else {
                value(g, d.before());
            }
            g.writeFieldName("after");
            value(g, d.after());
            // the hazards and texts of the change's statements, in loops: two streams per change were a tenth
            // of the file's time in a fresh JVM
            List<Hazard> hazards = new ArrayList<>();
            for (Statement s : statements) {
                hazards.addAll(s.hazards());
            }
            strings(g, "hazards", Hazard.names(hazards));
            g.writeArrayFieldStart("sql");
            for (Statement s : statements) {
                g.writeString(s.sql());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The statements of each change, in plan order: one pass, not one scan of the plan per change. */
    static Map<SchemaChange, List<Statement>> statementsByChange(DriftReport report) {
        Map<SchemaChange, List<Statement>> byChange = new IdentityHashMap<>();
        for (Statement s : report.plan().statements()) {
            byChange.computeIfAbsent(s.change(), k -> new ArrayList<>()).add(s);
        }
        return byChange;
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** A definition: a model record by its components, a type as its SQL text. */
    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof BigDecimal || v instanceof BigInteger || v instanceof Number) {
            g.writeNumber(v.toString());
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (v instanceof PgType t) {
            g.writeString(t.sql());
        } else if (v instanceof Table t) {
            TableJson.table(g, t);
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                value(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (COMPONENTS.get(v.getClass()) != NOT_A_RECORD) {
            record(g, v);
        } else {
            g.writeString(v.toString());
        }
    }

    /** A record by its components, those left out that {@link #omitted} says are (a table too: what {@link TableJson} matches). */
    static void record(JsonGenerator g, Object v) throws IOException {
        g.writeStartObject();
        for (Component c : COMPONENTS.get(v.getClass())) {
            Object x = component(c, v);
            if (!omitted(c, x)) {
                g.writeFieldName(c.name());
                value(g, x);
            }
        }
        g.writeEndObject();
    }

    /**
     * Whether a field is left out: what a reader takes an absent field to be. A foreign key's
     * {@code referencedIndex} is the index PostgreSQL happens to have bound it to, not part of its
     * definition (nor of its equality).
     */
    private static boolean omitted(Component field, Object x) {
        if (field.neverWritten()) {
            return true;
        }
        if (field.byDefault() != null) {
            return field.byDefault().equals(x instanceof Enum<?> e ? e.name() : x);
        }
        if (x == null || Boolean.FALSE.equals(x)) {
            return true;
        }
        if (x instanceof Collection<?> c) {
            return c.isEmpty();
        }
        if (x instanceof Map<?, ?> m) {
            return m.isEmpty();
        }
        if (!(x instanceof PgType) && COMPONENTS.get(x.getClass()) != NOT_A_RECORD) {
            for (Component inner : COMPONENTS.get(x.getClass())) {
                if (!omitted(inner, component(inner, x))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static Object component(Component c, Object record) {
        try {
            return (Object) c.accessor().invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + c.name() + " of " + record.getClass().getName(), e);
        }
    }

    /**
     * The layout: the top level one field a line, each element of a top-level list on a line of its
     * own, everything inside an element on that line.
     */
    private static final class Lines implements com.fasterxml.jackson.core.PrettyPrinter {
        private int depth;

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
            depth++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            if (depth == 1) {
                g.writeRaw("\n  ");
            }
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(depth == 1 ? ": " : ":");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(depth == 1 ? ",\n  " : ",");
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            g.writeRaw(depth == 1 && entries > 0 ? "\n}" : "}");
            depth--;
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
            depth++;
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (depth == 2) {
                g.writeRaw("\n    ");
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(depth == 2 ? ",\n    " : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(depth == 2 && values > 0 ? "\n  ]" : "]");
            depth--;
        }
    }
}
