package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.jpa.EntityScan.Attribute;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.ClassTypeSignature;
import io.github.classgraph.ScanResult;
import io.github.classgraph.TypeSignature;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attribute converters: the column takes the converter's database type, read from its
 * {@code AttributeConverter<X, Y>} signature in bytecode (the converter is never run). Hibernate's
 * own boolean converters are known with the check Hibernate adds; a custom converter of a Boolean or
 * an enum is refused, since Hibernate's check holds the converted values, which only running it would tell.
 */
final class JpaConverters {

    /** A converter's database-side type, and the check Hibernate adds (a format with {@code %s} for the column), or null. */
    record Converted(TypeSignature databaseType, String sqlType, String check) {
    }

    private static final Map<String, Converted> HIBERNATE = Map.of(
            "org.hibernate.type.YesNoConverter", new Converted(null, "char(1)", "%s in ('N','Y')"),
            "org.hibernate.type.TrueFalseConverter", new Converted(null, "char(1)", "%s in ('F','T')"),
            "org.hibernate.type.NumericBooleanConverter", new Converted(null, "integer", "%s in (0,1)"));

    private static final List<String> CONVERTER = List.of("jakarta.persistence.AttributeConverter",
            "javax.persistence.AttributeConverter");

    private final ScanResult scan;
    private final List<Problem> problems;
    private final Map<String, String> autoApplied = new HashMap<>();

    JpaConverters(ScanResult scan, List<Problem> problems) {
        this.scan = scan;
        this.problems = problems;
        for (String annotation : List.of("jakarta.persistence.Converter", "javax.persistence.Converter")) {
            for (ClassInfo c : JpaSchemaReader.applications(scan, annotation)) {
                if (JpaAnnotations.bool(c.getAnnotationInfo(annotation), "autoApply", false)) {
                    TypeSignature[] xy = signature(c);
                    if (xy != null && xy[0] instanceof ClassRefTypeSignature x) {
                        autoApplied.put(x.getFullyQualifiedClassName(), c.getName());
                    }
                }
            }
        }
    }

    /** The conversion that applies to the attribute ({@code @Convert}, or an auto-applied converter of its type), or null. */
    Converted of(Attribute a, String where) {
        AnnotationInfo convert = a.jpa("Convert");
        if (convert != null && JpaAnnotations.bool(convert, "disableConversion", false)) {
            return null;
        }
        String converter = JpaAnnotations.className(convert, "converter");
        if (converter == null || converter.equals("void") || converter.endsWith(".AttributeConverter")) {
            converter = a.type() instanceof ClassRefTypeSignature ref ? autoApplied.get(ref.getFullyQualifiedClassName()) : null;
        }
        if (converter == null) {
            if (convert != null) {
                problems.add(new Problem(where, "@Convert without a converter class.", "name the converter: @Convert(converter = X.class)."));
            }
            return null;
        }
        if (HIBERNATE.containsKey(converter)) {
            return HIBERNATE.get(converter);
        }
        ClassInfo cls = scan.getClassInfo(converter);
        TypeSignature[] xy = cls == null ? null : signature(cls);
        if (xy == null) {
            problems.add(new Problem(where, "the converter " + converter.replace('$', '.') + " is not in the scan or does not "
                    + "implement AttributeConverter<X, Y> with concrete types, so its database type is unknown.",
                    "put the converter on the scanned classpath and have it implement AttributeConverter<EntityType, DatabaseType>."));
            return null;
        }
        String x = JpaTypes.typeName(xy[0]);
        ClassInfo xClass = scan.getClassInfo(x);
        if (x.equals("java.lang.Boolean") || xClass != null && xClass.isEnum()) {
            problems.add(new Problem(where, "the converter " + converter.replace('$', '.') + " converts " + (xClass != null
                    ? "an enum" : "a Boolean") + "; Hibernate adds a check listing the converted values, which dibs cannot know "
                    + "without running the converter.", xClass != null ? "map the enum with @Enumerated(STRING) or ORDINAL "
                    + "instead of a converter, or keep this entity out of dibs's scan."
                    : "use Hibernate's YesNoConverter, TrueFalseConverter or NumericBooleanConverter, or a plain boolean column."));
            return null;
        }
        return new Converted(xy[1], null, null);
    }

    /** {@code [X, Y]} of the class's {@code AttributeConverter<X, Y>} (searched up its superclasses), or null. */
    private static TypeSignature[] signature(ClassInfo cls) {
        for (ClassInfo c = cls; c != null; c = c.getSuperclass()) {
            ClassTypeSignature sig = c.getTypeSignature();
            if (sig == null) {
                continue;
            }
            for (ClassRefTypeSignature i : sig.getSuperinterfaceSignatures()) {
                if (CONVERTER.contains(i.getFullyQualifiedClassName()) && i.getTypeArguments().size() == 2) {
                    TypeSignature x = i.getTypeArguments().get(0).getTypeSignature();
                    TypeSignature y = i.getTypeArguments().get(1).getTypeSignature();
                    if (x instanceof ClassRefTypeSignature && y instanceof ClassRefTypeSignature) {
                        return new TypeSignature[] {x, y};
                    }
                }
            }
        }
        return null;
    }
}
