package dev.dibs.engine.load;

import dev.dibs.engine.load.TableDraft.CheckSpec;
import dev.dibs.engine.load.TableDraft.ColumnDraft;
import dev.dibs.engine.load.TableDraft.ExclusionSpec;
import dev.dibs.engine.load.TableDraft.ForeignKeySpec;
import dev.dibs.engine.load.TableDraft.IndexSpec;
import dev.dibs.engine.load.TableDraft.KeyOptions;
import dev.dibs.engine.load.TableDraft.UniqueSpec;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.ReferentialAction;
import dev.dibs.engine.naming.SnakeCase;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationInfoList;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.ScanResult;
import io.github.classgraph.TypeSignature;
import io.github.classgraph.TypeVariableSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads one {@code @Table} class or record into a {@link TableDraft}, recording problems as it goes. */
final class TableReader {

    private final JavaTypeMapper types;
    private final ScanResult scan;
    private final Function<String, SourceInfo> sources;
    private final List<Problem> problems;

    /** {@code sources} gives what the annotation processor recorded about a class (superclasses included), or null. */
    /** The tenant schema every table lands in (tenant mode), or null: each table in its {@code @Table} schema. */
    private String tenant;

    /** Tenant mode: tables land in {@code schema}, and one naming a schema of its own is a problem. */
    TableReader tenant(String schema) {
        this.tenant = schema;
        return this;
    }

    TableReader(JavaTypeMapper types, ScanResult scan, Function<String, SourceInfo> sources, List<Problem> problems) {
        this.types = types;
        this.scan = scan;
        this.sources = sources;
        this.problems = problems;
    }

    TableDraft read(ClassInfo cls, SourceInfo source) {
        AnnotationInfoList annotations = cls.getAnnotationInfo();
        AnnotationInfo table = Annotations.find(annotations, "Table");
        String javaClass = cls.getName().replace('$', '.');
        String name = Annotations.string(table, "value", "");
        String written = Annotations.string(table, "schema", null);
        String schema = tenant == null ? Annotations.string(table, "schema") : tenant;
        if (tenant != null && written != null) {
            problems.add(new Problem(javaClass, "@Table(schema = \"" + written + "\") names a schema, but with tenantSchemas every"
                    + " table lands in each tenant's schema.", "remove schema = … (a table all tenants share belongs in a database"
                    + " outside the fleet), or migrate without tenantSchemas."));
        }
        if (name.isBlank()) {
            problems.add(new Problem(javaClass, "@Table has an empty name.", "write the table name: @Table(\"users\")."));
        }
        if (schema.isBlank()) {
            problems.add(new Problem(javaClass, "@Table has an empty schema.", "leave schema out for \"public\", or name one."));
        }
        if (cls.isInterface() || cls.isAbstract() && !cls.isRecord()) {
            problems.add(new Problem(javaClass, "@Table is on an interface or abstract class.",
                    "put @Table on a concrete class or record."));
        }
        List<ColumnDraft> columns = new ArrayList<>();
        List<IndexSpec> indexes = new ArrayList<>();
        List<UniqueSpec> uniques = new ArrayList<>();
        List<ForeignKeySpec> foreignKeys = new ArrayList<>();
        for (AnnotationInfo index : Annotations.repeatable(annotations, "Index")) {
            indexes.add(indexSpec(null, index));
        }
        for (AnnotationInfo unique : Annotations.repeatable(annotations, "UniqueConstraint")) {
            uniques.add(new UniqueSpec(null, Annotations.string(unique, "columns", ""), Annotations.string(unique, "name"),
                    keyOptions(null, unique, true)));
        }
        for (AnnotationInfo fk : Annotations.repeatable(annotations, "ForeignKey")) {
            foreignKeys.add(foreignKeySpec(null, Annotations.string(fk, "columns", ""), Annotations.string(fk, "references", ""), fk));
        }
        List<CheckSpec> checks = new ArrayList<>();
        for (AnnotationInfo check : Annotations.repeatable(annotations, "Check")) {
            checks.add(new CheckSpec(Annotations.string(check, "value", ""), Annotations.string(check, "name"),
                    Annotations.bool(check, "noInherit"), Annotations.bool(check, "validate")));
        }
        List<ExclusionSpec> exclusions = new ArrayList<>();
        for (AnnotationInfo exclusion : Annotations.repeatable(annotations, "Exclusion")) {
            exclusions.add(new ExclusionSpec(Annotations.string(exclusion, "name", ""), Annotations.string(exclusion, "value", "")));
        }
        KeyOptions pkOptions = KeyOptions.NONE;
        boolean anyPk = false;
        for (MemberFields.Field member : MemberFields.of(cls, source, scan, sources, problems)) {
            FieldInfo field = member.info();
            if (field.isStatic() || field.isSynthetic() || field.isTransient()) {
                continue;
            }
            ColumnDraft column = column(javaClass, member);
            columns.add(column);
            anyPk |= column.primaryKey();
            AnnotationInfoList fa = field.getAnnotationInfo();
            AnnotationInfo pk = Annotations.find(fa, "Pk");
            if (pk != null) {
                pkOptions = primaryKeyOptions(javaClass, pkOptions, keyOptions(field.getName(), pk, false));
            }
            AnnotationInfo unique = Annotations.find(fa, "Unique");
            if (unique != null) {
                uniques.add(new UniqueSpec(field.getName(), null, Annotations.string(unique, "name"),
                        keyOptions(field.getName(), unique, true)));
            }
            for (AnnotationInfo index : Annotations.repeatable(fa, "Index")) {
                indexes.add(indexSpec(field.getName(), index));
            }
            AnnotationInfo ref = Annotations.find(fa, "References");
            if (ref != null) {
                foreignKeys.add(foreignKeySpec(field.getName(), null, Annotations.string(ref, "value", ""), ref));
            }
        }
        if (columns.isEmpty() && Annotations.strings(table, "inherits").isEmpty()) { // a child has its parents' columns
            problems.add(new Problem(javaClass, "@Table type has no fields to map to columns.",
                    "declare at least one non-static field or record component."));
        }
        AnnotationInfo renamed = Annotations.find(annotations, "RenamedFrom");
        List<TableDraft.PartitionSpec> partitions = new ArrayList<>();
        for (AnnotationInfo partition : Annotations.repeatable(annotations, "Partition")) {
            partitions.add(new TableDraft.PartitionSpec(Annotations.string(partition, "name", ""),
                    Annotations.string(partition, "bound", ""), Annotations.string(partition, "of", ""),
                    Annotations.string(partition, "partitionBy", "")));
        }
        String rowLevelSecurity = Annotations.enumName(table, "rowLevelSecurity");
        return new TableDraft(javaClass, new QualifiedName(schema, name), columns, anyPk, indexes, uniques, foreignKeys, checks,
                renamed == null ? null : Annotations.string(renamed, "value", ""),
                source == null ? null : source.doc(), source == null ? null : source.location(), exclusions, pkOptions,
                Annotations.bool(table, "unlogged"), Annotations.string(table, "with"),
                new TableDraft.Partitioning(Annotations.string(table, "partitionBy"), partitions),
                !rowLevelSecurity.equals("DISABLED"), rowLevelSecurity.equals("FORCED"), Annotations.strings(table, "inherits"));
    }

    /** What a {@code @Pk}, {@code @Unique} or {@code @UniqueConstraint} says beyond its columns. */
    private static KeyOptions keyOptions(String member, AnnotationInfo key, boolean unique) {
        return new KeyOptions(member, unique && Annotations.bool(key, "nullsNotDistinct"), Annotations.string(key, "include"),
                Annotations.string(key, "with"), deferrability(Annotations.enumName(key, "deferrable")),
                unique ? "" : Annotations.string(key, "name"));
    }

    /** The options of a composite key may stand on any one of its {@code @Pk} members, but must not disagree. */
    private KeyOptions primaryKeyOptions(String javaClass, KeyOptions sofar, KeyOptions next) {
        if (next.isPlain() || next.sameAs(sofar)) {
            return sofar;
        }
        if (sofar.isPlain()) {
            return next;
        }
        problems.add(new Problem(javaClass + "." + next.member(), "@Pk gives the primary key another name or other options"
                + " (name, include, with, deferrable) than @Pk on " + sofar.member() + ": the key has one name and one set of options.",
                "write the name and options on one @Pk member only, or the same on each."));
        return sofar;
    }

    private ColumnDraft column(String javaClass, MemberFields.Field declared) {
        FieldInfo field = declared.info();
        SourceInfo.Member member = declared.source();
        String where = javaClass + "." + field.getName();
        AnnotationInfoList fa = field.getAnnotationInfo();
        AnnotationInfo columnAnnotation = Annotations.find(fa, "Column");
        String name = columnAnnotation == null ? "" : Annotations.string(columnAnnotation, "name");
        if (name.isEmpty()) {
            name = SnakeCase.of(field.getName());
        }
        String explicitType = columnAnnotation == null ? "" : Annotations.string(columnAnnotation, "type");
        TypeSignature written = field.getTypeSignatureOrTypeDescriptor();
        TypeSignature signature = declared.type();
        JavaTypeMapper.Mapped mapped = signature instanceof TypeVariableSignature variable
                ? JavaTypeMapper.Mapped.error("the type variable " + variable.getName() + " of " + declared.declaringClass()
                        + " is not bound to a concrete type by " + javaClass)
                : types.map(signature);
        PgType type = mapped.type();
        String enumClass = mapped.enumClass();
        if (!explicitType.isBlank()) {
            type = explicitType(where, explicitType);
            enumClass = null;
        } else if (mapped.error() != null) {
            problems.add(new Problem(where, "unsupported type: " + mapped.error() + ".",
                    "give the SQL type with @Column(type = \"jsonb\") (or another), or use a supported type: "
                            + JavaTypeMapper.SUPPORTED + "."));
        }
        // A bound type variable's signature is the subclass's type argument: a type-use @Nullable
        // written on the field itself is on the variable.
        boolean nullable = mapped.optional() || mapped.typeUseNullable() || Annotations.anyNamedNullable(fa)
                || signature != written && Annotations.anyNamedNullable(written.getTypeAnnotationInfo());
        boolean pk = Annotations.has(fa, "Pk");
        AnnotationInfo identity = Annotations.find(fa, "Identity");
        AnnotationInfo def = Annotations.find(fa, "Default");
        AnnotationInfo generated = Annotations.find(fa, "GeneratedAs");
        AnnotationInfo renamed = Annotations.find(fa, "RenamedFrom");
        if (nullable && mapped.primitive() && explicitType.isBlank()) {
            problems.add(new Problem(where, "@Nullable on the primitive " + signature + ", which cannot hold null.",
                    "use its box (e.g. Integer) or remove @Nullable."));
        }
        return new TableDraft.ColumnDraft(field.getName(), name, type, enumClass, mapped.array(), nullable,
                def == null ? null : Annotations.string(def, "value", ""), identity != null,
                identity != null && Annotations.bool(identity, "always"),
                generated == null ? null : Annotations.string(generated, "value", ""),
                generated != null && Annotations.bool(generated, "virtual"), pk,
                renamed == null ? null : Annotations.string(renamed, "value", ""),
                member == null ? null : member.doc(), member == null ? null : member.location(),
                identity == null ? "" : Annotations.string(identity, "sequence"), ColumnStatistics.target(where, columnAnnotation, problems),
                ColumnCollation.of(where, columnAnnotation, problems));
    }

    private PgType explicitType(String where, String text) {
        try {
            PgType type = PgType.parse(text);
            if (type.isBuiltin() && (type.name().endsWith("serial") || type.name().equals("serial8")
                    || type.name().equals("serial4") || type.name().equals("serial2"))) {
                problems.add(new Problem(where, "@Column(type = \"" + text + "\"): serial is not a real type.",
                        "use an integer type with @Identity."));
            }
            return type;
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(where, "@Column(type = \"" + text + "\") is not a type dibs can read: " + e.getMessage() + ".",
                    "write the type as in CREATE TABLE, e.g. varchar(80)."));
            return null;
        }
    }

    private static IndexSpec indexSpec(String member, AnnotationInfo index) {
        return new IndexSpec(member, Annotations.string(index, "columns"), Annotations.bool(index, "unique"),
                Annotations.string(index, "where"), Annotations.string(index, "using"),
                Annotations.string(index, "include"), Annotations.string(index, "name"),
                Annotations.bool(index, "nullsNotDistinct"), Annotations.string(index, "with"), Annotations.string(index, "comment"));
    }

    private static ForeignKeySpec foreignKeySpec(String member, String columns, String target, AnnotationInfo fk) {
        return new ForeignKeySpec(member, columns, target,
                ReferentialAction.valueOf(Annotations.enumName(fk, "onDelete")),
                ReferentialAction.valueOf(Annotations.enumName(fk, "onUpdate")),
                deferrability(Annotations.enumName(fk, "deferrable")),
                Annotations.string(fk, "name"),
                member == null ? Annotations.string(fk, "onDeleteSet") : "", Annotations.bool(fk, "validate"));
    }

    private static Deferrability deferrability(String apiName) {
        return switch (apiName) {
            case "IMMEDIATE" -> Deferrability.INITIALLY_IMMEDIATE;
            case "DEFERRED" -> Deferrability.INITIALLY_DEFERRED;
            default -> Deferrability.NOT_DEFERRABLE;
        };
    }
}
