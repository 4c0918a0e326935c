package dev.dibs.engine.load;

import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.ClassTypeSignature;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.ReferenceTypeSignature;
import io.github.classgraph.ScanResult;
import io.github.classgraph.TypeArgument;
import io.github.classgraph.TypeParameter;
import io.github.classgraph.TypeSignature;
import io.github.classgraph.TypeVariableSignature;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields of a {@code @Table} class that may become columns: those of its superclasses first,
 * the outermost first, then its own, each class's in declaration order. A mapped superclass
 * ({@code abstract class BaseEntity { @Pk long id; }}) is common; dropping its fields would leave
 * the table without its key, so a superclass whose bytecode is not in the scan is refused rather
 * than skipped.
 */
final class MemberFields {

    /**
     * One field with the class that declares it, what the annotation processor recorded about it
     * (null when nothing), and its type with the superclass's type variables bound as the
     * subclass binds them.
     */
    record Field(FieldInfo info, String declaringClass, SourceInfo.Member source, TypeSignature type) {

        String name() {
            return info.getName();
        }
    }

    private MemberFields() {
    }

    static List<Field> of(ClassInfo cls, SourceInfo own, ScanResult scan, Function<String, SourceInfo> sources,
                          List<Problem> problems) {
        Deque<List<Field>> levels = new ArrayDeque<>();
        levels.push(declared(cls, own, Map.of()));
        String javaClass = cls.getName().replace('$', '.');
        ClassInfo current = cls;
        Map<String, ReferenceTypeSignature> bindings = Map.of();
        while (true) {
            ClassRefTypeSignature superRef = current.getTypeSignatureOrTypeDescriptor().getSuperclassSignature();
            String superName = superRef == null ? null : superRef.getFullyQualifiedClassName();
            // Implicit superclasses declare no columns (an @Table enum then has none and is told so).
            if (superName == null || superName.equals("java.lang.Object") || superName.equals("java.lang.Record")
                    || superName.equals("java.lang.Enum")) {
                break;
            }
            ClassInfo superclass = scan.getClassInfo(superName);
            if (superclass == null || superclass.getResource() == null) {
                problems.add(new Problem(javaClass, "@Table class extends " + superName.replace('$', '.')
                        + ", whose compiled class is not in the scan, so its fields (the primary key, perhaps) cannot be read.",
                        "add its package to the packages parameter, or put the jar or directory holding it on the classpath."));
                break;
            }
            bindings = bind(superclass, superRef, bindings);
            levels.push(declared(superclass, sources.apply(superclass.getName()), bindings));
            current = superclass;
        }
        List<Field> fields = new ArrayList<>();
        levels.forEach(fields::addAll);
        return fields;
    }

    private static List<Field> declared(ClassInfo cls, SourceInfo source, Map<String, ReferenceTypeSignature> bindings) {
        List<Field> fields = new ArrayList<>();
        for (FieldInfo field : cls.getDeclaredFieldInfo()) {
            SourceInfo.Member member = source == null ? null : source.member(field.getName());
            TypeSignature type = field.getTypeSignatureOrTypeDescriptor();
            if (type instanceof TypeVariableSignature variable && bindings.containsKey(variable.getName())) {
                type = bindings.get(variable.getName());
            }
            fields.add(new Field(field, cls.getName().replace('$', '.'), member, type));
        }
        return fields;
    }

    /**
     * The superclass's type parameters, each bound to the type argument the subclass gives it; an
     * argument that is itself a type variable of the subclass is bound as the subclass's own
     * parameter is. Parameters left unbound (a raw superclass, a wildcard) stay type variables,
     * and the column then says its type cannot be mapped.
     */
    private static Map<String, ReferenceTypeSignature> bind(ClassInfo superclass, ClassRefTypeSignature superRef,
                                                            Map<String, ReferenceTypeSignature> outer) {
        ClassTypeSignature signature = superclass.getTypeSignature();
        if (signature == null) {
            return Map.of();
        }
        List<TypeParameter> parameters = signature.getTypeParameters();
        List<List<TypeArgument>> suffixArguments = superRef.getSuffixTypeArguments();
        List<TypeArgument> arguments = suffixArguments.isEmpty()
                ? superRef.getTypeArguments() : suffixArguments.get(suffixArguments.size() - 1);
        Map<String, ReferenceTypeSignature> bound = new HashMap<>();
        for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
            ReferenceTypeSignature argument = arguments.get(i).getTypeSignature();
            if (argument instanceof TypeVariableSignature variable) {
                argument = outer.get(variable.getName());
            }
            if (argument != null) {
                bound.put(parameters.get(i).getName(), argument);
            }
        }
        return bound;
    }
}
