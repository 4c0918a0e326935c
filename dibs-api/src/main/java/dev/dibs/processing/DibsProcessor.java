package dev.dibs.processing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Records, at compile time, what bytecode does not carry: the Javadoc and source positions of
 * {@code @Table} types and their members (and of the superclasses they inherit fields from), of JPA
 * entities, embeddables and mapped superclasses (the same, for the tables dibs maps them to), of {@code @PgEnum} enums and their constants, and the
 * source checksum of {@code @Migration} classes. Each type gets its own resource,
 * {@code META-INF/dibs/<binary name>.json} in the class output, whose only originating element is
 * that type: a partial recompile rewrites the files of the recompiled types and leaves the others.
 *
 * <p>The processor claims no annotation, so other processors still see them, and it never fails
 * a build: a type it cannot describe gets a warning, and the loader falls back to bytecode.
 */
public final class DibsProcessor extends AbstractProcessor {
    static final String RESOURCE_DIRECTORY = "META-INF/dibs/";

    /** Binary names already written, so that no round writes a resource twice (FilerException). */
    private final Set<String> recorded = new HashSet<>();
    private TypeRecordReader reader;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        reader = new TypeRecordReader(
                processingEnv.getElementUtils(), SourceLocator.forEnvironment(processingEnv));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> names = new LinkedHashSet<>();
        for (RecordKind kind : RecordKind.values()) {
            names.addAll(kind.annotationNames());
        }
        return names;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        // Kinds in precedence order: a type that is both a table and a migration is a table.
        for (RecordKind kind : RecordKind.values()) {
            for (String annotationName : kind.annotationNames()) {
                // null when the project does not compile against it (no JPA, or only one of jakarta and javax)
                TypeElement annotation = processingEnv.getElementUtils().getTypeElement(annotationName);
                if (annotation == null) {
                    continue;
                }
                for (Element element : round.getElementsAnnotatedWith(annotation)) {
                    if (element instanceof TypeElement && kind.accepts((TypeElement) element)) {
                        record(kind, (TypeElement) element);
                        if (kind == RecordKind.TABLE) {
                            recordSuperclasses((TypeElement) element, round);
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * The fields a table inherits are columns too, so their Javadoc and positions are recorded
     * like a table's: for each superclass compiled in this run (a superclass from a jar keeps
     * whatever its own build recorded, if anything).
     */
    private void recordSuperclasses(TypeElement table, RoundEnvironment round) {
        TypeMirror parent = table.getSuperclass();
        while (parent.getKind() == TypeKind.DECLARED) {
            TypeElement superclass = (TypeElement) ((DeclaredType) parent).asElement();
            if (superclass.getQualifiedName().contentEquals("java.lang.Object") || !compiledNow(superclass, round)) {
                return;
            }
            record(RecordKind.TABLE, superclass);
            parent = superclass.getSuperclass();
        }
    }

    private static boolean compiledNow(TypeElement type, RoundEnvironment round) {
        Element outermost = type;
        while (outermost.getEnclosingElement() instanceof TypeElement) {
            outermost = outermost.getEnclosingElement();
        }
        return round.getRootElements().contains(outermost);
    }

    private void record(RecordKind kind, TypeElement type) {
        try {
            String binaryName = processingEnv.getElementUtils().getBinaryName(type).toString();
            if (!recorded.add(binaryName)) {
                return;
            }
            write(binaryName, TypeRecordJson.render(reader.read(kind, type)), type);
        } catch (IOException | RuntimeException | LinkageError e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING,
                    "dibs: could not record source information for " + type.getQualifiedName() + ": " + e,
                    type);
        }
    }

    private void write(String binaryName, String json, TypeElement type) throws IOException {
        FileObject resource = processingEnv.getFiler().createResource(
                StandardLocation.CLASS_OUTPUT, "", RESOURCE_DIRECTORY + binaryName + ".json", type);
        // Bytes, not openWriter(): a writer would use the compiler's -encoding, and readers
        // expect UTF-8 whatever the platform.
        try (OutputStream out = resource.openOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
    }
}
