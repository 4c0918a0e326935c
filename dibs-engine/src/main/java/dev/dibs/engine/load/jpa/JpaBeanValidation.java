package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.jpa.EntityScan.Attribute;
import dev.dibs.engine.load.jpa.JpaTable.Col;
import dev.dibs.engine.model.PgType;
import io.github.classgraph.AnnotationClassRef;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationInfoList;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * Bean Validation constraints as Hibernate 7 writes them into its DDL (its TypeSafeActivator) when
 * the application has a provider: {@code @NotNull}/{@code @NotEmpty}/{@code @NotBlank} make a column
 * NOT NULL (a to-one's join columns too; not a SINGLE_TABLE subclass's columns, whose rows other
 * subclasses share), {@code @Size(max)} and hibernate-validator's {@code @Length(max)} on a String
 * set its length (the smallest wins, over {@code @Column(length)}), {@code @Min}/{@code @Max} (and
 * hibernate-validator's {@code @Range}, made of both) add {@code col>=n}/{@code col<=n} to the
 * column's one check, after an enum's, and {@code @Digits(integer, fraction)} sets a numeric's
 * precision and scale. Only constraints of the Default group count, and an embedded's fields only
 * when it is cascaded with {@code @Valid} (their not-nulls only when it is {@code @NotNull} too).
 */
public final class JpaBeanValidation {

    private static final String BV = "jakarta.validation.constraints.";
    private static final String HV = "org.hibernate.validator.constraints.";
    private static final List<String> NOT_NULL = List.of(BV + "NotNull", BV + "NotEmpty", BV + "NotBlank");
    /** PostgreSQL's longest varchar: Hibernate writes {@code text} beyond it. */
    private static final long LONGEST_VARCHAR = 10_485_760;

    private final ScanResult scan;
    private final List<Problem> problems;

    JpaBeanValidation(ScanResult scan, List<Problem> problems) {
        this.scan = scan;
        this.problems = problems;
    }

    /**
     * Whether the application has hibernate-validator on its class path. Hibernate applies Bean
     * Validation to its DDL exactly then (with {@code jakarta.persistence.validation.mode} AUTO, its
     * default, and {@code hibernate.validator.apply_to_ddl} true, its default): a Spring Boot
     * application has it through spring-boot-starter-validation. dibs sees the project's compile
     * class path, which holds the provider the application runs with.
     */
    public static boolean providerOn(List<Path> classpath) {
        String entry = "org/hibernate/validator/HibernateValidator.class";
        for (Path p : classpath) {
            if (Files.isDirectory(p)) {
                if (Files.exists(p.resolve(entry))) {
                    return true;
                }
            } else if (Files.isRegularFile(p)) {
                try (ZipFile zip = new ZipFile(p.toFile())) {
                    if (zip.getEntry(entry) != null) {
                        return true;
                    }
                } catch (IOException notAJar) {
                    // not a jar: it cannot hold the provider
                }
            }
        }
        return false;
    }

    /**
     * A basic column with the constraints of its attribute applied. {@code top} is the entity's
     * attribute the leaf belongs to (the leaf itself, or the embedded attribute holding it).
     */
    Col column(Col c, Attribute top, JpaColumns.Leaf leaf, boolean singleTableSubclass, String where) {
        boolean notNull = !singleTableSubclass;
        if (leaf.attribute() != top) {
            List<AnnotationInfoList> path = enclosing(top, leaf.path());
            if (path == null) {
                return c;
            }
            for (AnnotationInfoList outer : path) {
                if (!has(outer, "jakarta.validation.Valid")) {
                    return c; // not cascaded: Hibernate does not look inside
                }
                notNull &= notNull(outer);
            }
        }
        AnnotationInfoList annotations = leaf.attribute().annotations();
        boolean nullable = c.nullable() && !(notNull && notNull(annotations));
        // a columnDefinition is written verbatim: Hibernate's length and precision do not reach it
        boolean defined = !JpaAnnotations.string(leaf.column(), "columnDefinition", "").isBlank();
        PgType type = defined ? c.type() : type(c.type(), leaf.attribute(), annotations, where);
        List<String> checks = new ArrayList<>();
        if (c.check() != null) {
            checks.add(c.check());
        }
        for (AnnotationInfo a : active(annotations)) {
            String name = a.getName();
            if (name.equals(BV + "Min") || name.equals(BV + "Max")) {
                add(checks, c.ident() + (name.endsWith("Min") ? ">=" : "<=") + a.getParameterValues().getValue("value"));
            } else if (name.equals(HV + "Range")) {
                add(checks, c.ident() + ">=" + value(a, "min", 0L));
                add(checks, c.ident() + "<=" + value(a, "max", Long.MAX_VALUE));
            }
        }
        String check = checks.isEmpty() ? null : checks.size() == 1 ? checks.get(0)
                : "(" + String.join(") and (", checks) + ")";
        return new Col(c.member(), c.group(), c.sortKey(), c.name(), type, nullable, c.unique(), check, c.identity(),
                c.primaryKey(), c.comment(), c.defaultExpression(), c.source());
    }

    /** A to-one's join columns: NOT NULL with a not-null constraint on the association (outside SINGLE_TABLE subclasses). */
    List<Col> joinColumns(List<Col> cols, Attribute a, boolean singleTableSubclass) {
        if (singleTableSubclass || !notNull(a.annotations())) {
            return cols;
        }
        return cols.stream().map(c -> new Col(c.member(), c.group(), c.sortKey(), c.name(), c.type(), false, c.unique(),
                c.check(), c.identity(), c.primaryKey(), c.comment(), c.defaultExpression(), c.source())).toList();
    }

    /** Hibernate compares its column checks ignoring case and adds each once. */
    private static void add(List<String> checks, String check) {
        if (checks.stream().noneMatch(check::equalsIgnoreCase)) {
            checks.add(check);
        }
    }

    private PgType type(PgType type, Attribute a, AnnotationInfoList annotations, String where) {
        boolean string = a.type() instanceof ClassRefTypeSignature ref && ref.getFullyQualifiedClassName().equals("java.lang.String");
        long max = Integer.MAX_VALUE;
        for (AnnotationInfo ai : active(annotations)) {
            if (string && (ai.getName().equals(BV + "Size") || ai.getName().equals(HV + "Length"))) {
                max = Math.min(max, value(ai, "max", (long) Integer.MAX_VALUE));
            } else if (ai.getName().equals(BV + "Digits")) {
                type = digits(type, value(ai, "integer", 0L), value(ai, "fraction", 0L), where);
            }
        }
        if (max < Integer.MAX_VALUE && type.name().equals("character varying")) {
            return PgType.parse(max > LONGEST_VARCHAR ? "text" : "varchar(" + max + ")");
        }
        return type;
    }

    /** {@code @Digits}: a numeric's precision and scale; a float's precision in bits, as Hibernate turns the digits into. */
    private PgType digits(PgType type, long integer, long fraction, String where) {
        String name = type.name().toLowerCase(Locale.ROOT);
        if (name.equals("numeric")) {
            return PgType.parse("numeric(" + (integer + fraction) + "," + fraction + ")");
        }
        if (name.equals("real") || name.equals("double precision")) {
            long bits = (long) Math.ceil((integer + fraction) * Math.log(10) / Math.log(2));
            if (fraction > 0 || bits > 53) {
                problems.add(new Problem(where, "@Digits(integer = " + integer + ", fraction = " + fraction + ") on a floating"
                        + " point attribute: Hibernate cannot create its column (" + (fraction > 0 ? "a float has no scale"
                        : "PostgreSQL's floats hold at most 15 digits") + ").", "use BigDecimal for exact digits, or drop @Digits."));
                return type;
            }
            return PgType.parse(bits <= 24 ? "real" : "double precision");
        }
        return type; // integers and others: Hibernate's precision does not change their type
    }

    private static long value(AnnotationInfo a, String parameter, long defaultValue) {
        Object v = a.getParameterValues().getValue(parameter);
        return v instanceof Number n ? n.longValue() : defaultValue;
    }

    /**
     * The constraints of the Default group: no {@code groups}, or {@code jakarta.validation.groups.Default}
     * among them; a composed constraint of the application (an annotation marked {@code @Constraint})
     * stands for the constraints it is made of, as Hibernate walks them (their own groups are the
     * composed one's), except the not-nulls of an OR composition, which do not make its column NOT NULL.
     */
    private List<AnnotationInfo> active(AnnotationInfoList annotations) {
        List<AnnotationInfo> out = new ArrayList<>();
        if (annotations == null) {
            return out;
        }
        for (AnnotationInfo a : annotations.directOnly()) { // ClassGraph lists meta-annotations too: walked below
            Object groups = a.getParameterValues().getValue("groups");
            boolean inDefault = !(groups instanceof Object[] g) || g.length == 0 || java.util.Arrays.stream(g)
                    .anyMatch(x -> x instanceof AnnotationClassRef r && r.getName().equals("jakarta.validation.groups.Default"));
            if (inDefault) {
                composing(a, out, 0, false);
            }
        }
        return out;
    }

    private void composing(AnnotationInfo a, List<AnnotationInfo> out, int depth, boolean or) {
        String name = a.getName();
        if (name.startsWith(BV) || name.startsWith(HV)) {
            if (!(or && NOT_NULL.contains(name))) {
                out.add(a);
            }
            return;
        }
        ClassInfo composed = depth > 8 || name.startsWith("java.") ? null : scan.getClassInfo(name);
        if (composed == null || !composed.hasAnnotation("jakarta.validation.Constraint")) {
            return;
        }
        AnnotationInfo composition = composed.getAnnotationInfo(HV + "ConstraintComposition");
        boolean isOr = or || composition != null && String.valueOf(composition.getParameterValues().getValue("value")).endsWith("OR");
        for (AnnotationInfo meta : composed.getAnnotationInfo()) {
            composing(meta, out, depth + 1, isOr);
        }
    }

    private boolean notNull(AnnotationInfoList annotations) {
        return active(annotations).stream().anyMatch(a -> NOT_NULL.contains(a.getName()));
    }

    private static boolean has(AnnotationInfoList annotations, String name) {
        return annotations != null && annotations.get(name) != null;
    }

    /** The annotations of the embedded attributes enclosing a leaf at {@code path} below {@code top}; null if unreadable. */
    private List<AnnotationInfoList> enclosing(Attribute top, String path) {
        List<AnnotationInfoList> out = new ArrayList<>();
        out.add(top.annotations());
        String[] steps = path.split("\\.");
        ClassInfo cls = top.type() instanceof ClassRefTypeSignature ref ? scan.getClassInfo(ref.getFullyQualifiedClassName()) : null;
        for (int i = 1; i < steps.length - 1 && cls != null; i++) { // the embeddeds between the top and the leaf
            String step = steps[i];
            FieldInfo field = cls.getFieldInfo(step);
            String getter = "get" + Character.toUpperCase(step.charAt(0)) + step.substring(1);
            MethodInfo method = cls.getMethodInfo(getter).isEmpty() ? null : cls.getMethodInfo(getter).get(0);
            AnnotationInfoList annotations = field != null && !field.getAnnotationInfo().isEmpty() ? field.getAnnotationInfo()
                    : method != null ? method.getAnnotationInfo() : field == null ? null : field.getAnnotationInfo();
            if (annotations == null) {
                return null;
            }
            out.add(annotations);
            var type = field != null ? field.getTypeSignatureOrTypeDescriptor() : method.getTypeSignatureOrTypeDescriptor().getResultType();
            cls = type instanceof ClassRefTypeSignature r ? scan.getClassInfo(r.getFullyQualifiedClassName()) : null;
        }
        return out;
    }
}
