package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.testing.JavaSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the loader behaves around the schema: class initialisation, missing source info, empty schemas. */
class IntentLoaderBehaviourTest {

    @Test
    void neverInitialisesUserClasses(@TempDir Path dir) {
        Path marker = dir.resolve("initialised");
        List<Path> classpath = JavaSources.compile(dir, Map.of("i/Loud.java", """
                package i;
                import dev.dibs.*;
                @Table("loud")
                public record Loud(@Pk long id) {
                    static {
                        try { java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "x"); }
                        catch (Exception e) { }
                        if (true) throw new IllegalStateException("initialised");
                    }
                }
                """.formatted(marker.toString().replace("\\", "\\\\"))));
        LoadedSchema loaded = IntentLoader.builder().classpath(classpath).packages(List.of("i")).load();
        assertThat(loaded.schema().table(new QualifiedName("public", "loud"))).isPresent();
        assertThat(Files.exists(marker)).as("static initialiser ran").isFalse();
    }

    @Test
    void saysOnceWithTheFixWhenSourceInformationIsMissing(@TempDir Path dir) {
        List<Path> classpath = JavaSources.compile(dir, Map.of(
                "p/A.java", "package p; import dev.dibs.*; /** Doc. */ @Table(\"a\") public record A(@Pk long id) {}",
                "p/B.java", "package p; import dev.dibs.*; @Table(\"b\") public record B(@Pk long id) {}"), "-proc:none");
        LoadedSchema loaded = IntentLoader.builder().classpath(classpath).packages(List.of("p")).load();
        assertThat(loaded.warnings()).singleElement().satisfies(w -> assertThat(w)
                .startsWith("No source information for 2 @Table classes (p.A, p.B)")
                .contains("-proc:full").contains("annotationProcessorPaths"));
        assertThat(loaded.schema().tables()).allSatisfy(t -> assertThat(t.comment()).isNull());
        assertThat(loaded.origins().table(new QualifiedName("public", "a")).orElseThrow().location()).isNull();
    }

    @Test
    void noTableClassesIsAnEmptySchemaNotAnError(@TempDir Path dir) {
        List<Path> classpath = JavaSources.compile(dir, Map.of("e/Plain.java", "package e; public class Plain {}"));
        LoadedSchema loaded = IntentLoader.builder().classpath(classpath).schemas(List.of("app")).load();
        assertThat(loaded.schema().tables()).isEmpty();
        assertThat(loaded.schema().enums()).isEmpty();
        assertThat(loaded.schema().namespaces()).containsExactly("app");
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void saysWhenTheRequestedPackagesHoldNoTableClass(@TempDir Path dir) {
        List<Path> classpath = JavaSources.compile(dir, Map.of(
                "com/acme/A.java", "package com.acme; import dev.dibs.*; @Table(\"a\") public record A(@Pk long id) {}"));
        LoadedSchema loaded = IntentLoader.builder().classpath(classpath).packages(List.of("com.advv")).load();
        assertThat(loaded.schema().tables()).isEmpty();
        assertThat(loaded.warnings()).singleElement().satisfies(w -> assertThat(w)
                .startsWith("no @Table classes found in com.advv (packages): ")
                .contains("every table in schemas (public) shows as not wanted").contains("dibs.packages"));
    }

    @Test
    void saysWhenTheScanFindsNoClassAtAll(@TempDir Path dir) throws Exception {
        Path uncompiled = Files.createDirectories(dir.resolve("classes"));
        LoadedSchema loaded = IntentLoader.builder().classpath(List.of(uncompiled, JavaSources.dibsApi())).load();
        assertThat(loaded.schema().tables()).isEmpty();
        assertThat(loaded.warnings()).singleElement().satisfies(w -> assertThat(w)
                .startsWith("no @Table classes found on the classpath: ").contains("the project is compiled"));
    }

    @Test
    void refusesSystemSchemasInSchemas(@TempDir Path dir) {
        List<Path> classpath = JavaSources.compile(dir, Map.of("s/Plain.java", "package s; public class Plain {}"));
        assertThatThrownBy(() -> IntentLoader.builder().classpath(classpath).schemas(List.of("public", "pg_catalog")).load())
                .isInstanceOf(DibsException.class)
                .hasMessageStartingWith("schemas names \"pg_catalog\", a PostgreSQL system schema")
                .hasMessageContaining("schemas parameter");
    }

    @Test
    void onlyScansTheRequestedPackages(@TempDir Path dir) {
        List<Path> classpath = JavaSources.compile(dir, Map.of(
                "in/A.java", "package in; import dev.dibs.*; @Table(\"a\") public record A(@Pk long id) {}",
                "out/B.java", "package out; import dev.dibs.*; @Table(\"b\") public record B(@Pk long id) {}"));
        LoadedSchema loaded = IntentLoader.builder().classpath(classpath).packages(List.of("in")).load();
        assertThat(loaded.schema().tables()).extracting(t -> t.name().name()).containsExactly("a");
    }
}
