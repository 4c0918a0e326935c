package dev.dibs.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Build tools such as Gradle and IDEs hand processors a wrapped environment, on which javac's
 * {@code Trees.instance} refuses to work. Names and Javadoc must still be recorded.
 */
class DibsProcessorWithoutTreesTest {

    @Test
    void recordsDocsWithNullPositionsFileAndChecksum(@TempDir Path root) {
        Compilation compilation = new Compilation(root);
        compilation.source("com/acme/User.java", """
                package com.acme;

                /**
                 * A person.
                 * @param email where we send mail
                 */
                @dev.dibs.Table("users")
                public record User(String email) {}
                """);
        compilation.source("com/acme/M.java", """
                package com.acme;

                /** A migration. */
                @dev.dibs.Migration("1")
                public class M {}
                """);

        Compilation.Result result = compilation.compileWith(
                List.of(new WrappedEnvironment(new DibsProcessor())), "com/acme/User.java", "com/acme/M.java");

        assertThat(result.success).as(result.toString()).isTrue();
        assertThat(result.messages(Diagnostic.Kind.WARNING)).isEmpty();
        assertThat(compilation.json("com.acme.User")).isEqualTo(
                "{\"format\":1,\"kind\":\"table\",\"type\":\"com.acme.User\",\"file\":null,"
                        + "\"line\":null,\"column\":null,\"doc\":\"A person.\",\"members\":["
                        + "{\"name\":\"email\",\"line\":null,\"column\":null,\"doc\":\"where we send mail\"}]}\n");
        assertThat(compilation.json("com.acme.M")).isEqualTo(
                "{\"format\":1,\"kind\":\"migration\",\"type\":\"com.acme.M\",\"file\":null,"
                        + "\"line\":null,\"column\":null,\"doc\":\"A migration.\",\"checksum\":null,\"members\":[]}\n");
    }

    /** Passes the real processor a proxy of the environment, as wrapping build tools do. */
    private static final class WrappedEnvironment extends AbstractProcessor {
        private final DibsProcessor delegate;

        WrappedEnvironment(DibsProcessor delegate) {
            this.delegate = delegate;
        }

        @Override
        public synchronized void init(ProcessingEnvironment env) {
            super.init(env);
            delegate.init((ProcessingEnvironment) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
                    (proxy, method, args) -> {
                        try {
                            return method.invoke(env, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }));
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return delegate.process(annotations, round);
        }
    }
}
