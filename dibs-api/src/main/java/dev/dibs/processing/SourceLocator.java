package dev.dibs.processing;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What the processor needs from the compiler's syntax trees. Kept behind an interface so that the
 * processor itself never touches {@code com.sun.source}: under a compiler other than javac (or a
 * wrapped processing environment) those classes may be missing or refuse to work, and the
 * processor then still records names and Javadoc, with {@code null} positions.
 */
interface SourceLocator {

    /** Used when the compiler's trees are out of reach: knows nothing. */
    SourceLocator UNAVAILABLE = new SourceLocator() {
        @Override
        public SourcePosition positionOf(Element element) {
            return null;
        }

        @Override
        public String relativePath(TypeElement type) {
            return null;
        }

        @Override
        public CharSequence sourceText(TypeElement type) {
            return null;
        }
    };

    /** Where {@code element}'s declaration starts, or {@code null} when unknown. */
    SourcePosition positionOf(Element element);

    /**
     * The path of the file declaring {@code type}, relative to its source root, with forward
     * slashes ({@code com/acme/User.java}), or {@code null} when unknown.
     */
    String relativePath(TypeElement type);

    /** The text of the file declaring {@code type}, or {@code null} when unavailable. */
    CharSequence sourceText(TypeElement type);

    /** javac's trees when they can be had, else {@link #UNAVAILABLE}. */
    static SourceLocator forEnvironment(ProcessingEnvironment env) {
        try {
            return SourcePositionsReader.create(env);
        } catch (RuntimeException | LinkageError notJavac) {
            // IllegalArgumentException from Trees.instance for a foreign environment,
            // NoClassDefFoundError when jdk.compiler is absent.
            return UNAVAILABLE;
        }
    }
}
