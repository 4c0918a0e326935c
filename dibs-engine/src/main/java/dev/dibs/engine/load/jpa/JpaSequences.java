package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SqlFile;
import dev.dibs.engine.load.jpa.EntityScan.Attribute;
import dev.dibs.engine.load.jpa.EntityScan.Entity;
import dev.dibs.engine.naming.Identifiers;
import io.github.classgraph.AnnotationInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identifier generators Hibernate 7 backs with database objects: a sequence per
 * {@code @SequenceGenerator} (or {@code <root table>_SEQ} for AUTO and SEQUENCE without one), created
 * as Hibernate creates it ({@code start with n increment by m}: bigint, no owner, no column default),
 * and the TABLE generator's table.
 */
final class JpaSequences {

    private record Sequence(String schema, String name, int start, int increment, String where) {
    }

    private final JpaNaming naming;
    private final List<Entity> entities;
    private final List<Problem> problems;
    private final Map<String, Sequence> sequences = new LinkedHashMap<>();

    JpaSequences(JpaNaming naming, List<Entity> entities, List<Problem> problems) {
        this.naming = naming;
        this.entities = entities;
        this.problems = problems;
    }

    /**
     * What the {@code @GeneratedValue} on a root's key asks for: {@code "IDENTITY"}, {@code "TABLE"}
     * (with the generator annotation), or nothing (a sequence is registered, or none is needed).
     */
    String generation(Entity root, Attribute id, boolean integral) {
        AnnotationInfo generated = id.jpa("GeneratedValue");
        if (generated == null) {
            return "";
        }
        String strategy = JpaAnnotations.enumName(generated, "strategy", "AUTO");
        String generator = JpaAnnotations.string(generated, "generator", "");
        if (strategy.equals("IDENTITY")) {
            return "IDENTITY";
        }
        if (strategy.equals("UUID") || !integral && strategy.equals("AUTO")) {
            return ""; // generated in Java: nothing in the database
        }
        if (strategy.equals("TABLE")) {
            return "TABLE";
        }
        String where = JpaColumns.where(root, id.name());
        AnnotationInfo named = generator.isEmpty() ? null : sequenceGenerator(root, id, generator);
        if (named == null && generator.isEmpty()) {
            // Hibernate 7 names it after the root's table as written in @Table(name) (else the entity name), not its schema
            String table = JpaAnnotations.string(root.jpa("Table"), "name", "");
            String base = table.isEmpty() ? root.entityName() : JpaName.written(table).text();
            add(new Sequence("public", naming.physicalSequence(JpaName.of(base + "_SEQ")).sqlName(), 1, 50, where));
            return "";
        }
        String sequenceName = named == null ? generator : JpaAnnotations.string(named, "sequenceName", "");
        if (sequenceName.isEmpty()) {
            sequenceName = generator; // Hibernate 6+: the generator's name is the sequence's
        }
        String schema = named == null ? "" : JpaAnnotations.string(named, "schema", "");
        add(new Sequence(schema.isEmpty() ? "public" : naming.physicalSchema(JpaName.written(schema)).sqlName(),
                naming.physicalSequence(JpaName.written(sequenceName)).sqlName(),
                named == null ? 1 : JpaAnnotations.integer(named, "initialValue", 1),
                named == null ? 50 : JpaAnnotations.integer(named, "allocationSize", 50), where));
        return "";
    }

    /** The {@code @SequenceGenerator(name = generator)}: on the field, the root class, or anywhere in the scan (JPA names are global). */
    private AnnotationInfo sequenceGenerator(Entity root, Attribute id, String generator) {
        List<AnnotationInfo> candidates = new ArrayList<>();
        candidates.addAll(JpaAnnotations.repeated(id.annotations(), "SequenceGenerator", "SequenceGenerators"));
        candidates.addAll(JpaAnnotations.repeated(root.cls().getAnnotationInfo(), "SequenceGenerator", "SequenceGenerators"));
        for (Entity e : entities) {
            candidates.addAll(JpaAnnotations.repeated(e.cls().getAnnotationInfo(), "SequenceGenerator", "SequenceGenerators"));
            for (Attribute a : e.attributes()) {
                candidates.addAll(JpaAnnotations.repeated(a.annotations(), "SequenceGenerator", "SequenceGenerators"));
            }
        }
        for (AnnotationInfo c : candidates) {
            if (JpaAnnotations.string(c, "name", "").equals(generator)) {
                return c;
            }
        }
        return null;
    }

    private void add(Sequence s) {
        String key = s.schema() + "." + s.name();
        Sequence previous = sequences.putIfAbsent(key, s);
        if (previous != null && (previous.start() != s.start() || previous.increment() != s.increment())) {
            problems.add(new Problem(s.where(), "the sequence " + key + " is also declared by " + previous.where()
                    + " with another start or allocation size.", "give both generators the same initialValue and allocationSize."));
        }
    }

    /** {@code CREATE SEQUENCE} per sequence, named after the member that asks for it so a failure points there. */
    List<SqlFile> statements() {
        List<SqlFile> out = new ArrayList<>();
        sequences.values().stream().sorted((a, b) -> (a.schema() + "." + a.name()).compareTo(b.schema() + "." + b.name()))
                .forEach(s -> out.add(new SqlFile(s.where() + " (@SequenceGenerator)", "", "CREATE SEQUENCE "
                        + Identifiers.quote(s.schema(), s.name()) + " START WITH " + s.start() + " INCREMENT BY " + s.increment()
                        + ";\n")));
        return out;
    }
}
