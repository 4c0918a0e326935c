package dev.dibs.processing;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Reads positions and source text through javac's {@link Trees}. Every lookup degrades to
 * {@code null} rather than throwing: a missing position must never cost the user their build.
 */
final class SourcePositionsReader implements SourceLocator {
    private final Trees trees;
    private final Elements elements;

    private SourcePositionsReader(Trees trees, Elements elements) {
        this.trees = trees;
        this.elements = elements;
    }

    /** Throws when {@code env} is not javac's own environment. */
    static SourceLocator create(ProcessingEnvironment env) {
        return new SourcePositionsReader(Trees.instance(env), env.getElementUtils());
    }

    @Override
    public SourcePosition positionOf(Element element) {
        try {
            TreePath path = pathOf(element);
            if (path == null) {
                return null;
            }
            CompilationUnitTree unit = path.getCompilationUnit();
            SourcePositions positions = trees.getSourcePositions();
            long start = positions.getStartPosition(unit, path.getLeaf());
            LineMap lines = unit.getLineMap();
            if (start == Diagnostic.NOPOS || lines == null) {
                return null;
            }
            long line = lines.getLineNumber(start);
            // Not LineMap.getColumnNumber: it expands tabs to multiples of eight.
            long column = start - lines.getStartPosition(line) + 1;
            return new SourcePosition(line, column);
        } catch (RuntimeException unavailable) {
            return null;
        }
    }

    /**
     * javac has no tree for a record component: its declaration is the tree of the private field
     * javac derives from it, which sits at the same place in the record header.
     */
    private TreePath pathOf(Element element) {
        TreePath path = trees.getPath(element);
        if (path != null || element.getKind() != ElementKind.RECORD_COMPONENT) {
            return path;
        }
        for (Element field : ElementFilter.fieldsIn(element.getEnclosingElement().getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(element.getSimpleName())) {
                return trees.getPath(field);
            }
        }
        return null;
    }

    @Override
    public String relativePath(TypeElement type) {
        JavaFileObject file = sourceFile(type);
        if (file == null) {
            return null;
        }
        String fileName = fileName(file);
        if (fileName == null) {
            return null;
        }
        // The package, not the directory the file happens to sit in: what a source root holds.
        String packageName = elements.getPackageOf(type).getQualifiedName().toString();
        return packageName.isEmpty() ? fileName : packageName.replace('.', '/') + "/" + fileName;
    }

    @Override
    public CharSequence sourceText(TypeElement type) {
        JavaFileObject file = sourceFile(type);
        if (file == null) {
            return null;
        }
        try {
            return file.getCharContent(true);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private JavaFileObject sourceFile(TypeElement type) {
        try {
            TreePath path = trees.getPath(type);
            return path == null ? null : path.getCompilationUnit().getSourceFile();
        } catch (RuntimeException unavailable) {
            return null;
        }
    }

    /** The last segment of the file's URI, or of its name for file objects without a usable URI. */
    private static String fileName(JavaFileObject file) {
        String path = null;
        try {
            URI uri = file.toUri();
            path = uri == null ? null : uri.getPath();
        } catch (RuntimeException noUri) {
            // Fall back to the name below.
        }
        if (path == null || path.isEmpty()) {
            path = file.getName();
        }
        if (path == null) {
            return null;
        }
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return name.isEmpty() ? null : name;
    }
}
