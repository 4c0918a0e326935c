package dev.dibs.engine.plan;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.ReferentialAction;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.TableOptions;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.postgres.PgVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random schemas for property tests, drawn from small name pools so that two of them overlap:
 * tables in two schemas (some under the same name in both), columns of every mapped type (and enums, and string columns of a collation of their own, pg_catalog's or declared), nullability, defaults, identity, composite
 * keys, uniques, checks, plain, expression and partial indexes, foreign keys with cycles and
 * self-references, comments, exclusion constraints, key options (INCLUDE, NULLS NOT DISTINCT, storage
 * parameters, deferrability), a range-, a list- and a hash-partitioned table ({@value #PARTITIONED},
 * {@value #LIST_PARTITIONED}, {@value #HASH_PARTITIONED}: their keys never change, so that a pair never
 * asks for what dibs refuses; their partitions come and go or change bounds; their uniques and exclusions
 * hold the partition key);
 * and the objects of SQL files ({@link RandomObjects}): sequences that
 * defaults use, domains that columns use, functions that checks, indexes and stored generated columns use, triggers. Expressions are written as a user would; the test puts them into
 * Postgres's words the way dibs does.
 */
public final class RandomSchemas {

    private record TypeChoice(String sql, String[] defaults) {
    }

    private static final List<TypeChoice> TYPES = List.of(
            new TypeChoice("boolean", new String[] {"true"}),
            new TypeChoice("smallint", new String[] {"0"}),
            new TypeChoice("integer", new String[] {"0", "42"}),
            new TypeChoice("bigint", new String[] {"1"}),
            new TypeChoice("real", new String[] {"1.5"}),
            new TypeChoice("double precision", new String[] {"0"}),
            new TypeChoice("numeric", new String[] {"0"}),
            new TypeChoice("numeric(10,2)", new String[] {"9.99"}),
            new TypeChoice("text", new String[] {"'x'", "''"}),
            new TypeChoice("varchar(20)", new String[] {"'y'"}),
            new TypeChoice("uuid", new String[] {"gen_random_uuid()"}),
            new TypeChoice("timestamptz", new String[] {"now()"}),
            new TypeChoice("timestamp", new String[] {"'2026-01-01 00:00'"}),
            new TypeChoice("date", new String[] {"CURRENT_DATE"}),
            new TypeChoice("time", new String[] {"'12:00'"}),
            new TypeChoice("interval", new String[] {"'1 day'"}),
            new TypeChoice("bytea", new String[] {}),
            new TypeChoice("text[]", new String[] {"'{}'"}),
            new TypeChoice("integer[]", new String[] {"'{1,2}'"}),
            new TypeChoice("jsonb", new String[] {"'{}'"}));

    /**
     * Close types, one family per column name: half the columns take their type from their name's
     * family, so the same column in two schemas often differs by a length, a precision or a
     * binary-coercible cast, where PostgreSQL's rewrite or not is subtle (the watch checks each).
     */
    private static final List<List<TypeChoice>> FAMILIES = List.of(
            List.of(new TypeChoice("smallint", new String[] {"0"}), new TypeChoice("integer", new String[] {"7"}),
                    new TypeChoice("bigint", new String[] {}), new TypeChoice("numeric", new String[] {}),
                    new TypeChoice("numeric(10,2)", new String[] {"1.25"}), new TypeChoice("numeric(12,2)", new String[] {}),
                    new TypeChoice("numeric(12,4)", new String[] {})),
            List.of(new TypeChoice("text", new String[] {"'x'"}), new TypeChoice("varchar(20)", new String[] {}),
                    new TypeChoice("varchar(40)", new String[] {"'w'"}), new TypeChoice("varchar", new String[] {}),
                    new TypeChoice("char(10)", new String[] {"'z'"})),
            List.of(new TypeChoice("text[]", new String[] {}), new TypeChoice("varchar(20)[]", new String[] {"'{}'"}),
                    new TypeChoice("varchar(40)[]", new String[] {}), new TypeChoice("varchar[]", new String[] {})),
            List.of(new TypeChoice("integer[]", new String[] {}), new TypeChoice("bigint[]", new String[] {"'{1}'"}),
                    new TypeChoice("numeric[]", new String[] {}), new TypeChoice("numeric(10,2)[]", new String[] {}),
                    new TypeChoice("numeric(12,2)[]", new String[] {})),
            List.of(new TypeChoice("date", new String[] {}), new TypeChoice("timestamp", new String[] {}),
                    new TypeChoice("timestamp(3)", new String[] {"'2026-01-01 00:00'"}), new TypeChoice("timestamp(6)", new String[] {}),
                    new TypeChoice("timestamptz", new String[] {}),
                    new TypeChoice("timestamptz(3)", new String[] {}), new TypeChoice("time", new String[] {}),
                    new TypeChoice("time(3)", new String[] {}), new TypeChoice("interval", new String[] {})),
            List.of(new TypeChoice("cidr", new String[] {}), new TypeChoice("inet", new String[] {"'10.1.2.3'"}),
                    new TypeChoice("bit(4)", new String[] {}), new TypeChoice("bit(8)", new String[] {}),
                    new TypeChoice("bit varying", new String[] {}), new TypeChoice("bit varying(8)", new String[] {"B'1'"})));

    private static final List<String> LABELS = List.of("a", "b", "c", "d");

    /**
     * The tables that are always partitioned, each by the same key in every schema: dibs refuses a
     * changed partition key. Words no other name holds (the procedure is p0): renames replace names as
     * words in every text.
     */
    static final String PARTITIONED = "pt0";
    /** The second schema: some tables are drawn there, two under names public also has. */
    static final String OTHER_SCHEMA = "app";
    /** The schemas every random schema manages (and the tests inspect). */
    public static final List<String> SCHEMAS = List.of("public", OTHER_SCHEMA);
    private static final String LIST_PARTITIONED = "pl0";
    private static final String HASH_PARTITIONED = "ph0";

    /**
     * Each partitioned table's key, and the columns it reads (which its keys and exclusions must hold);
     * the choices of its partitions, and of the partitions of each partitioned one ({@code below}).
     */
    private record Partitioning(String key, List<String> columns, List<List<Partition>> partitions,
                                Map<String, List<List<Partition>>> below) {
        Partitioning(String key, List<String> columns, List<List<Partition>> partitions) {
            this(key, columns, partitions, Map.of());
        }
    }

    /**
     * Their partitions: each drawn or not; the second takes one of two bounds (a changed bound drops and
     * adds it). A DEFAULT partition makes every new one check it for rows of its bound.
     */
    private static final Map<String, Partitioning> PARTITIONINGS = Map.of(
            PARTITIONED, new Partitioning("RANGE (id)", List.of("id"), List.of(
                    List.of(new Partition("pt0_a", "FOR VALUES FROM (MINVALUE) TO (100)")),
                    List.of(new Partition("pt0_b", "FOR VALUES FROM (100) TO (1000)"),
                            new Partition("pt0_b", "FOR VALUES FROM (100) TO (500)")),
                    List.of(new Partition("pt0_c", "FOR VALUES FROM (1000) TO (MAXVALUE)")),
                    List.of(new Partition("pt0_d", "DEFAULT")))),
            // pl0_e is partitioned in turn, always the same way: one declared otherwise would take the
            // partitions below it that the other schema does not declare, which dibs refuses
            LIST_PARTITIONED, new Partitioning("LIST (k)", List.of("k"), List.of(
                    List.of(new Partition("pl0_a", "FOR VALUES IN ('a')")),
                    List.of(new Partition("pl0_b", "FOR VALUES IN ('b')"), new Partition("pl0_b", "FOR VALUES IN ('b', 'c')")),
                    List.of(new Partition("pl0_d", "DEFAULT")),
                    List.of(new Partition("pl0_e", "FOR VALUES IN ('e', 'f')", null, "LIST (k)"))),
                    Map.of("pl0_e", List.of(
                            List.of(new Partition("pl0_e_1", "FOR VALUES IN ('e')", "pl0_e", null),
                                    new Partition("pl0_e_1", "FOR VALUES IN ('e', 'f')", "pl0_e", null)),
                            List.of(new Partition("pl0_e_2", "DEFAULT", "pl0_e", null))))),
            HASH_PARTITIONED, new Partitioning("HASH (id)", List.of("id"), List.of(
                    List.of(new Partition("ph0_a", "FOR VALUES WITH (modulus 4, remainder 0)")),
                    List.of(new Partition("ph0_b", "FOR VALUES WITH (modulus 4, remainder 1)"),
                            new Partition("ph0_b", "FOR VALUES WITH (modulus 4, remainder 3)")),
                    List.of(new Partition("ph0_c", "FOR VALUES WITH (modulus 4, remainder 2)")))));

    /** Collations every PostgreSQL has, other than the database's default. */
    private static final List<String> COLLATIONS = List.of("C", "POSIX");

    /** Column types whose btree operator class an exclusion constraint {@code WITH =} can use. */
    private static final List<String> EXCLUDABLE = List.of("integer", "bigint", "smallint", "text", "varchar(20)", "date", "uuid",
            "numeric", "timestamptz");

    private final Random random;
    /** The objects of SQL files the tables may use: drawn before them. */
    private List<Sequence> sequences = List.of();
    private List<Domain> domains = List.of();
    /** The collations a string column may take this try: pg_catalog's and the declared c0s. */
    private List<QualifiedName> collations = List.of();
    /** The schemas whose {@code f0(integer)} (IMMUTABLE) is drawn: checks, indexes and generated columns may call one. */
    private List<String> f0 = List.of();

    /** What the server the schemas are for takes: exclusion constraints on partitioned tables need 17. */
    private final PgVersion version;

    private RandomSchemas(long seed, int major) {
        this.random = new Random(seed);
        this.version = new PgVersion(major);
    }

    /** A schema for the newest PostgreSQL (the planner alone, no server). */
    public static Schema generate(long seed) {
        return generate(seed, PgVersion.V18);
    }

    /** A schema the server of {@code major} takes. */
    public static Schema generate(long seed, int major) {
        return new RandomSchemas(seed, major).schema();
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private Schema schema() {
        List<EnumType> enums = new ArrayList<>();
        // app.e0 beside public.e0: the same name in two schemas
        for (QualifiedName name : List.of(new QualifiedName("public", "e0"), new QualifiedName("public", "e1"),
                new QualifiedName(OTHER_SCHEMA, "e0"))) {
            if (chance(40)) {
                List<String> labels = new ArrayList<>(LABELS);
                Collections.shuffle(labels, random);
                enums.add(new EnumType(name, labels.subList(0, 1 + random.nextInt(labels.size())),
                        chance(30) ? "enum " + name.name() : null));
            }
        }
        RandomObjects objects = new RandomObjects(random);
        sequences = objects.sequences();
        List<Routine> routines = new ArrayList<>(objects.functions());
        f0 = routines.stream().filter(r -> r.name().name().equals("f0")).map(r -> r.name().schema()).toList();
        domains = objects.domains(f0);
        List<dev.dibs.engine.model.Collation> declaredCollations = objects.collations();
        // what a column may take: pg_catalog's, and the declared ones of one definition (c0)
        collations = new ArrayList<>(COLLATIONS.stream().map(Column::builtinCollation).toList());
        declaredCollations.stream().map(dev.dibs.engine.model.Collation::name).filter(n -> n.name().equals("c0")).forEach(collations::add);
        // app.t0 and app.t1 share their names with public's: whatever dibs keys by a bare name mixes them up
        List<String> names = new ArrayList<>(List.of("t0", "t1", "t2", "t3", "t4", PARTITIONED, LIST_PARTITIONED, HASH_PARTITIONED,
                OTHER_SCHEMA + ".t0", OTHER_SCHEMA + ".t1", OTHER_SCHEMA + ".a0"));
        Collections.shuffle(names, random);
        List<String> tableNames = names.subList(0, 1 + random.nextInt(4));
        List<Table> tables = new ArrayList<>();
        for (String name : tableNames) {
            tables.add(table(name, enums));
        }
        tables = withForeignKeys(tables);
        tables.addAll(children(tables));
        List<Routine> triggerFunctions = objects.triggerFunctions();
        routines.addAll(triggerFunctions);
        return new Schema(SCHEMAS, tables, enums, List.of(), sequences, domains, routines,
                objects.triggers(tables, triggerFunctions, f0), objects.views(tables), objects.materializedViews(tables),
                objects.policies(tables, f0), List.of(), declaredCollations);
    }

    /**
     * Now and then an inheritance child ({@code <parent>_ih}) of a plain table: its parent's columns as
     * PostgreSQL gives them, then perhaps one of its own with a check, perhaps a check of the parent's
     * declared again (merged), its own key on the parent's key columns and perhaps an index; a child of
     * the child now and then.
     */
    private List<Table> children(List<Table> tables) {
        List<Table> out = new ArrayList<>();
        for (Table parent : tables) {
            if (parent.options().partitioned() || !chance(35)) {
                continue;
            }
            Table child = child(parent, parent.name().name() + "_ih");
            out.add(child);
            if (chance(25)) {
                out.add(child(child, parent.name().name() + "_ih2"));
            }
        }
        return out;
    }

    private Table child(Table parent, String name) {
        List<Column> columns = new ArrayList<>(parent.columns().stream().map(dev.dibs.engine.diff.Inheritance::asInherited).toList());
        List<Check> checks = new ArrayList<>();
        if (chance(50)) {
            String own = name.endsWith("2") ? "y0" : "x0";
            columns.add(new Column(own, PgType.parse("text"), true, chance(50) ? "'n'" : null, Identity.NONE, null, null));
            if (chance(50)) {
                checks.add(new Check(name + "_" + own + "_check", own + " <> ''"));
            }
        }
        // a check of the parent's declared again: PostgreSQL merges the two, and the child keeps it when the parent's goes
        parent.checks().stream().filter(k -> !k.noInherit() && k.validated() && k.enforced()).findFirst()
                .filter(k -> chance(30)).ifPresent(checks::add);
        List<Index> indexes = new ArrayList<>();
        if (chance(40) && columns.size() > parent.primaryKey().columns().size()) {
            Column c = columns.get(parent.primaryKey().columns().size());
            if (!c.type().array() && !c.type().sql().equals("jsonb")) {
                indexes.add(new Index(name + "_" + c.name() + "_idx", List.of(IndexKey.column(c.name())), false, null, "btree", List.of()));
            }
        }
        return new Table(new QualifiedName(parent.name().schema(), name), columns,
                new PrimaryKey(name + "_pkey", parent.primaryKey().columns()), List.of(), List.of(), checks, indexes, null, List.of(),
                TableOptions.DEFAULT.withInherits(List.of(parent.name())));
    }

    /** {@code name}, or {@code schema.name} for a table of {@link #OTHER_SCHEMA}. */
    private Table table(String qualified, List<EnumType> enums) {
        int dot = qualified.indexOf('.');
        String name = qualified.substring(dot + 1);
        QualifiedName q = new QualifiedName(dot < 0 ? "public" : qualified.substring(0, dot), name);
        List<Column> columns = new ArrayList<>();
        PrimaryKey pk;
        Partitioning partitioning = dot < 0 ? PARTITIONINGS.get(name) : null;
        boolean partitioned = partitioning != null;
        int keyKind = random.nextInt(4);
        // a partitioned table's key is always id integer (an identity or not), alone or with k: the partition
        // key reads them, and PostgreSQL refuses to retype a column it reads; the list-partitioned one's is (id, k)
        switch (qualified.equals(LIST_PARTITIONED) ? 3 : partitioned && keyKind == 1 ? 0 : keyKind) {
            case 0 -> columns.add(new Column("id", PgType.parse("integer"), false, null, Identity.NONE, null, null));
            case 1 -> columns.add(new Column("id", PgType.parse("bigint"), false, null, Identity.NONE, null, null));
            case 2 -> columns.add(new Column("id", PgType.parse("integer"), false, null, Identity.BY_DEFAULT, null, null));
            default -> {
                columns.add(new Column("id", PgType.parse("integer"), false, null, Identity.NONE, null, null));
                columns.add(new Column("k", PgType.parse("text"), false, null, Identity.NONE, null, null));
            }
        }
        pk = new PrimaryKey(name + "_pkey", columns.stream().map(Column::name).toList());
        List<String> pool = new ArrayList<>(List.of("c0", "c1", "c2", "c3", "c4", "c5"));
        Collections.shuffle(pool, random);
        for (String col : pool.subList(0, random.nextInt(5))) {
            columns.add(column(col, enums));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        for (Column c : columns.subList(pk.columns().size(), columns.size())) {
            String type = c.type().sql();
            if (chance(15) && !c.type().array() && !type.equals("jsonb")) { // a partitioned table's holds its partition key
                List<String> keyColumns = new ArrayList<>(List.of(c.name()));
                keyColumns.addAll(partitioned ? partitioning.columns() : List.of());
                uniques.add(keyOptions(new UniqueConstraint(name + "_" + c.name() + "_key", keyColumns), columns, c.name()));
            }
            // likewise, compared WITH = (PostgreSQL allows it then, from 17)
            if (chance(8) && EXCLUDABLE.contains(type) && (!partitioned || version.hasExclusionConstraintsOnPartitionedTables())) {
                StringBuilder elements = new StringBuilder(c.name() + " WITH =");
                for (String k : partitioned ? partitioning.columns() : List.<String>of()) {
                    elements.append(", ").append(k).append(" WITH =");
                }
                exclusions.add(new Exclusion(name + "_" + c.name() + "_excl", "EXCLUDE USING btree (" + elements + ")"
                        + (chance(40) ? " WHERE (" + c.name() + " IS NOT NULL)" : "") + (chance(30) ? " DEFERRABLE" : "")));
            }
            if (chance(6) && !partitioned && type.equals("integer") && !c.isGenerated()) {
                exclusions.add(new Exclusion(name + "_" + c.name() + "_range",
                        "EXCLUDE USING gist ((int4range(" + c.name() + ", " + c.name() + ", '[]')) WITH &&)"));
            }
            if (chance(25) && (type.equals("integer") || type.equals("bigint") || type.equals("numeric"))) {
                // now and then NOT VALID (validate = false): kept so, or validated where the other side has it validated
                checks.add(new Check(name + "_" + c.name() + "_check", c.name() + " >= 0", !chance(15)));
            }
            if (!f0.isEmpty() && type.equals("integer") && chance(30)) { // a function checks and indexes use
                String call = pick(f0) + ".f0(" + c.name() + ")";
                if (chance(50)) {
                    checks.add(new Check(name + "_" + c.name() + "_f0", call + " > 0"));
                } else {
                    indexes.add(new Index(name + "_" + c.name() + "_f0", List.of(new IndexKey(null, call, false, false)),
                            false, null, "btree", List.of()));
                }
            }
            if (chance(20) && !type.equals("jsonb") && !c.type().array()) {
                boolean textual = type.equals("text") || type.startsWith("varchar");
                String opclass = textual && chance(30) ? (type.equals("text") ? "text_pattern_ops" : "varchar_pattern_ops") : null;
                String collation = textual && chance(20) ? "\"C\"" : null;
                boolean unique = chance(20) && !partitioned;
                indexes.add(new Index(name + "_" + c.name() + "_idx",
                        List.of(new IndexKey(c.name(), null, chance(30), chance(30), opclass, collation)),
                        unique, chance(30) ? c.name() + " IS NOT NULL" : null, "btree", List.of(), unique && chance(50),
                        chance(20) ? List.of("fillfactor=" + pick(List.of(70, 80, 90))) : List.of(), null));
            }
            if (chance(20) && type.equals("text")) {
                indexes.add(new Index(name + "_" + c.name() + "_lower", List.of(new IndexKey(null, "lower(" + c.name() + ")", false, false)),
                        chance(30) && !partitioned, null, "btree", List.of()));
            }
            if (chance(15) && c.type().array()) {
                indexes.add(new Index(name + "_" + c.name() + "_gin", List.of(IndexKey.column(c.name())), false, null, "gin", List.of()));
            }
        }
        if (!f0.isEmpty() && chance(20)) { // a stored generated column computed by f0: re-created when f0 changes
            columns.stream().skip(pk.columns().size()).filter(c -> c.type().sql().equals("integer") && !c.isGenerated()).findFirst()
                    .ifPresent(c -> columns.add(new Column("g0", PgType.parse("integer"), true, null, Identity.NONE,
                            pick(f0) + ".f0(" + c.name() + ")", null)));
        }
        List<String> storage = new ArrayList<>();
        if (chance(20)) {
            storage.add("fillfactor=" + pick(List.of(50, 70, 90)));
        }
        if (chance(10)) {
            storage.add("autovacuum_enabled=false");
        }
        TableOptions options = TableOptions.DEFAULT.withUnlogged(chance(15)).withStorage(storage);
        if (partitioned) { // neither unlogged nor with storage parameters: PostgreSQL refuses both on a partitioned table
            List<Partition> partitions = new ArrayList<>();
            for (List<Partition> choices : partitioning.partitions()) {
                if (chance(65)) {
                    Partition p = pick(choices);
                    partitions.add(p);
                    for (List<Partition> below : partitioning.below().getOrDefault(p.name(), List.of())) {
                        if (chance(65)) {
                            partitions.add(pick(below));
                        }
                    }
                }
            }
            options = TableOptions.DEFAULT.withPartitioning(partitioning.key(), partitions);
        }
        if (columns.size() > pk.columns().size() && chance(10)) {
            Column extra = columns.get(pk.columns().size() + random.nextInt(columns.size() - pk.columns().size()));
            if (!extra.isGenerated()) {
                pk = new PrimaryKey(pk.name(), pk.columns(), List.of(extra.name()), chance(50) ? List.of("fillfactor=80") : List.of(),
                        Deferrability.NOT_DEFERRABLE);
            }
        }
        return new Table(q, columns, pk, uniques, List.of(), checks, indexes, chance(30) ? "table " + name : null, exclusions, options);
    }

    /**
     * A unique constraint with options drawn: another column as INCLUDE, NULLS NOT DISTINCT, a storage
     * parameter, deferrability.
     */
    private UniqueConstraint keyOptions(UniqueConstraint u, List<Column> columns, String key) {
        List<String> others = columns.stream().map(Column::name).filter(n -> !n.equals(key)).toList();
        List<String> include = !others.isEmpty() && chance(20) ? List.of(pick(others)) : List.of();
        return new UniqueConstraint(u.name(), u.columns(), chance(15), include, chance(15) ? List.of("fillfactor=70") : List.of(),
                chance(20) ? pick(List.of(Deferrability.values())) : Deferrability.NOT_DEFERRABLE);
    }

    private Column column(String name, List<EnumType> enums) {
        boolean nullable = chance(50);
        if (!enums.isEmpty() && chance(20)) {
            EnumType e = pick(enums);
            boolean array = chance(25);
            PgType type = PgType.user(e.name().schema(), e.name().name());
            // as PostgreSQL prints it: the planner alone (PlanOrderPropertyTest) sees the cast the enum paths look for
            String def = !array && chance(40) ? "'" + pick(e.labels()) + "'::" + type.sql() : null;
            return new Column(name, array ? type.arrayOf() : type, nullable, def, Identity.NONE, null, chance(20) ? "column " + name : null);
        }
        if (!domains.isEmpty() && chance(15)) {
            Domain d = pick(domains);
            return new Column(name, PgType.user(d.name().schema(), d.name().name()), nullable, null, Identity.NONE, null, null);
        }
        if (!sequences.isEmpty() && chance(10)) {
            Sequence q = pick(sequences);
            return new Column(name, PgType.parse("bigint"), nullable, "nextval('" + q.name() + "'::regclass)", Identity.NONE, null, null);
        }
        TypeChoice t = chance(50) ? pick(FAMILIES.get(Math.floorMod(name.hashCode(), FAMILIES.size()))) : pick(TYPES);
        String def = t.defaults().length > 0 && chance(40) ? t.defaults()[random.nextInt(t.defaults().length)] : null;
        Column column = new Column(name, PgType.parse(t.sql()), nullable, def, Identity.NONE, null, chance(20) ? "column " + name : null);
        // a string column (or an array of one) of a collation of its own: changing it retypes the column in place
        return t.sql().startsWith("text") || t.sql().startsWith("varchar") ? column.withCollation(chance(25) ? pick(collations) : null)
                : column;
    }

    /** Each table may reference another one (or itself) by a new nullable column: cycles happen. */
    private List<Table> withForeignKeys(List<Table> tables) {
        List<Table> out = new ArrayList<>();
        for (Table t : tables) {
            Table target = pick(tables);
            boolean singleKey = target.primaryKey().columns().size() == 1;
            // a permanent table's foreign keys may reference only permanent tables
            boolean persistenceAllows = !target.options().unlogged() || t.options().unlogged();
            if (!chance(50) || !singleKey || !persistenceAllows) {
                out.add(t);
                continue;
            }
            Column key = target.column("id").orElseThrow();
            String col = "ref_" + target.name().name();
            List<Column> columns = new ArrayList<>(t.columns());
            columns.add(new Column(col, key.type(), true, null, Identity.NONE, null, null));
            ForeignKey fk = new ForeignKey(t.name().name() + "_" + col + "_fkey", List.of(col), target.name(), List.of("id"),
                    pick(List.of(ReferentialAction.values())), ReferentialAction.NO_ACTION,
                    pick(List.of(Deferrability.values())));
            if (fk.onDelete() == ReferentialAction.SET_DEFAULT) {
                fk = new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(), ReferentialAction.CASCADE,
                        fk.onUpdate(), fk.deferrability());
            }
            if (t.options().partitionBy() == null && chance(15)) { // NOT VALID (before 18, a partitioned table's cannot be)
                fk = fk.asNotValid();
            }
            out.add(t.withColumns(columns).withForeignKeys(List.of(fk)));
        }
        return out;
    }
}
