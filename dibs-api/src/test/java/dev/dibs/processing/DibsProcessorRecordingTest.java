package dev.dibs.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the processor records for tables and enums, compared as whole JSON texts. */
class DibsProcessorRecordingTest {
    private Compilation compilation;

    @BeforeEach
    void setUp(@TempDir Path root) {
        compilation = new Compilation(root);
    }

    @Test
    void recordsRecordWithParamDocsAndMultiLineDescription() {
        compilation.source("com/acme/User.java", """
                package com.acme;

                import dev.dibs.Table;

                /**
                 * A person who can sign in.
                 *   Identified by {@code email}, see {@link String#isBlank() the rules}.
                 *
                 * @param id the key
                 * @param email where we send mail;
                 *        never "shared" \\ or blank
                 * @author nobody
                 */
                @Table("users")
                public record User(
                    long id,
                    String email,
                    String bio) {
                }
                """);

        assertCompiles(compilation.compile("com/acme/User.java"));

        assertThat(compilation.json("com.acme.User")).isEqualTo(
                "{\"format\":1,\"kind\":\"table\",\"type\":\"com.acme.User\",\"file\":\"com/acme/User.java\","
                        + "\"line\":14,\"column\":1,"
                        + "\"doc\":\"A person who can sign in.\\nIdentified by email, see the rules.\","
                        + "\"members\":["
                        + "{\"name\":\"id\",\"line\":16,\"column\":5,\"doc\":\"the key\"},"
                        + "{\"name\":\"email\",\"line\":17,\"column\":5,"
                        + "\"doc\":\"where we send mail;\\nnever \\\"shared\\\" \\\\ or blank\"},"
                        + "{\"name\":\"bio\",\"line\":18,\"column\":5,\"doc\":null}]}\n");
    }

    @Test
    void recordsClassFieldsWithTheirOwnJavadoc() {
        compilation.source("com/acme/billing/internal/Invoice.java", """
                package com.acme.billing.internal;

                import dev.dibs.Table;

                /** An invoice — sent once a month. */
                @Table("invoices")
                public class Invoice {
                    /** Public number,
                     * shown on paper. */
                    private String number;
                    private static final int MAX = 3;
                \t/** Cents;\tnever negative. */
                \tlong amountCents;
                    transient Object cache;

                    void touch() {
                    }
                }
                """);

        assertCompiles(compilation.compile("com/acme/billing/internal/Invoice.java"));

        // Static fields are left out, transient ones kept; a tab counts as one column.
        assertThat(compilation.json("com.acme.billing.internal.Invoice")).isEqualTo(
                "{\"format\":1,\"kind\":\"table\",\"type\":\"com.acme.billing.internal.Invoice\","
                        + "\"file\":\"com/acme/billing/internal/Invoice.java\",\"line\":6,\"column\":1,"
                        + "\"doc\":\"An invoice — sent once a month.\","
                        + "\"members\":["
                        + "{\"name\":\"number\",\"line\":10,\"column\":5,\"doc\":\"Public number,\\nshown on paper.\"},"
                        + "{\"name\":\"amountCents\",\"line\":13,\"column\":2,\"doc\":\"Cents;\\tnever negative.\"},"
                        + "{\"name\":\"cache\",\"line\":14,\"column\":5,\"doc\":null}]}\n");
    }

    @Test
    void namesNestedTypesByBinaryNameAndTheirOutermostFile() {
        compilation.source("com/acme/Outer.java", """
                package com.acme;

                import dev.dibs.Table;

                public class Outer {
                    /** Line items. */
                    @Table("lines")
                    public record Line(long id) {}

                    static class Middle {
                        @Table("deep")
                        static class Deep { int x; }
                    }
                }
                """);

        assertCompiles(compilation.compile("com/acme/Outer.java"));

        assertThat(compilation.json("com.acme.Outer$Line")).isEqualTo(
                "{\"format\":1,\"kind\":\"table\",\"type\":\"com.acme.Outer$Line\",\"file\":\"com/acme/Outer.java\","
                        + "\"line\":7,\"column\":5,\"doc\":\"Line items.\","
                        + "\"members\":[{\"name\":\"id\",\"line\":8,\"column\":24,\"doc\":null}]}\n");
        assertThat(compilation.json("com.acme.Outer$Middle$Deep")).isEqualTo(
                "{\"format\":1,\"kind\":\"table\",\"type\":\"com.acme.Outer$Middle$Deep\",\"file\":\"com/acme/Outer.java\","
                        + "\"line\":11,\"column\":9,\"doc\":null,"
                        + "\"members\":[{\"name\":\"x\",\"line\":12,\"column\":29,\"doc\":null}]}\n");
        assertThat(compilation.jsonFile("com.acme.Outer")).doesNotExist();
    }

    @Test
    void recordsTypeWithoutJavadocInTheDefaultPackage() {
        compilation.source("Plain.java", """
                @dev.dibs.Table("plain")
                record Plain(int a, @dev.dibs.Nullable String b) {}
                """);

        assertCompiles(compilation.compile("Plain.java"));

        assertThat(compilation.json("Plain")).isEqualTo(
                "{\"format\":1,\"kind\":\"table\",\"type\":\"Plain\",\"file\":\"Plain.java\","
                        + "\"line\":1,\"column\":1,\"doc\":null,\"members\":["
                        + "{\"name\":\"a\",\"line\":2,\"column\":14,\"doc\":null},"
                        + "{\"name\":\"b\",\"line\":2,\"column\":21,\"doc\":null}]}\n");
    }

    @Test
    void recordsPgEnumConstants() {
        compilation.source("com/acme/Mood.java", """
                package com.acme;

                import dev.dibs.PgEnum;

                /** How a user feels, roughly. */
                @PgEnum("mood")
                public enum Mood {
                    /** Content; see {@link Mood#SAD}. */
                    HAPPY,
                    SAD,
                    @Deprecated MEH;

                    private final int weight = 0;
                }
                """);
        compilation.source("com/acme/Plain.java", """
                package com.acme;

                /** Not a Postgres enum. */
                public enum Plain { A }
                """);

        assertCompiles(compilation.compile("com/acme/Mood.java", "com/acme/Plain.java"));

        assertThat(compilation.json("com.acme.Mood")).isEqualTo(
                "{\"format\":1,\"kind\":\"enum\",\"type\":\"com.acme.Mood\",\"file\":\"com/acme/Mood.java\","
                        + "\"line\":6,\"column\":1,\"doc\":\"How a user feels, roughly.\",\"members\":["
                        + "{\"name\":\"HAPPY\",\"line\":9,\"column\":5,\"doc\":\"Content; see Mood.SAD.\"},"
                        + "{\"name\":\"SAD\",\"line\":10,\"column\":5,\"doc\":null},"
                        + "{\"name\":\"MEH\",\"line\":11,\"column\":5,\"doc\":null}]}\n");
        assertThat(compilation.jsonFile("com.acme.Plain")).doesNotExist();
    }

    @Test
    void typeThatIsBothTableAndMigrationIsRecordedOnceAsTable() {
        compilation.source("com/acme/Odd.java", """
                package com.acme;

                @dev.dibs.Table("odd")
                @dev.dibs.Migration("20260101000000_odd")
                public class Odd {
                    long id;
                }
                """);

        assertCompiles(compilation.compile("com/acme/Odd.java"));

        assertThat(compilation.json("com.acme.Odd")).isEqualTo(
                "{\"format\":1,\"kind\":\"table\",\"type\":\"com.acme.Odd\",\"file\":\"com/acme/Odd.java\","
                        + "\"line\":3,\"column\":1,\"doc\":null,"
                        + "\"members\":[{\"name\":\"id\",\"line\":6,\"column\":5,\"doc\":null}]}\n");
    }

    @Test
    void recordsTheSuperclassesATableInheritsFieldsFrom() {
        compilation.source("com/acme/base/Keyed.java", """
                package com.acme.base;

                public abstract class Keyed {
                    /** The key. */
                    protected long id;
                }
                """);
        compilation.source("com/acme/base/Audited.java", """
                package com.acme.base;

                public abstract class Audited extends Keyed {
                    /** Who changed it. */
                    String changedBy;
                }
                """);
        compilation.source("com/acme/Order.java", """
                package com.acme;

                @dev.dibs.Table("orders")
                public class Order extends com.acme.base.Audited {
                    String number;
                }
                """);

        assertCompiles(compilation.compile("com/acme/base/Keyed.java", "com/acme/base/Audited.java", "com/acme/Order.java"));

        assertThat(compilation.json("com.acme.base.Keyed")).isEqualTo(
                "{\"format\":1,\"kind\":\"table\",\"type\":\"com.acme.base.Keyed\",\"file\":\"com/acme/base/Keyed.java\","
                        + "\"line\":3,\"column\":1,\"doc\":null,"
                        + "\"members\":[{\"name\":\"id\",\"line\":5,\"column\":5,\"doc\":\"The key.\"}]}\n");
        assertThat(compilation.json("com.acme.base.Audited")).contains(
                "{\"name\":\"changedBy\",\"line\":5,\"column\":5,\"doc\":\"Who changed it.\"}");
        assertThat(compilation.jsonFile("com.acme.Order")).exists();
    }

    @Test
    void recordsJpaEntitiesEmbeddablesAndMappedSuperclassesAsTables() {
        // Stand-ins for jakarta.persistence and javax.persistence: the processor knows the annotations by name only.
        for (String pkg : new String[] {"jakarta", "javax"}) {
            for (String annotation : new String[] {"Entity", "Embeddable", "MappedSuperclass"}) {
                compilation.source(pkg + "/persistence/" + annotation + ".java", "package " + pkg + ".persistence;\n"
                        + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)\n"
                        + "public @interface " + annotation + " {}\n");
            }
        }
        compilation.source("com/acme/Named.java", """
                package com.acme;

                @jakarta.persistence.MappedSuperclass
                public abstract class Named {
                    /** What people call it. */
                    String name;
                }
                """);
        compilation.source("com/acme/Address.java", """
                package com.acme;

                /** Where mail goes. */
                @jakarta.persistence.Embeddable
                public class Address {
                    /** Street and number. */
                    String street;
                }
                """);
        compilation.source("com/acme/Owner.java", """
                package com.acme;

                /** Someone who owns pets. */
                @jakarta.persistence.Entity
                public class Owner extends Named {
                    Address address;
                }
                """);
        compilation.source("com/acme/Legacy.java", """
                package com.acme;

                /** Still on javax. */
                @javax.persistence.Entity
                public class Legacy {
                    long id;
                }
                """);

        assertCompiles(compilation.compile("jakarta/persistence/Entity.java", "jakarta/persistence/Embeddable.java",
                "jakarta/persistence/MappedSuperclass.java", "javax/persistence/Entity.java",
                "javax/persistence/Embeddable.java", "javax/persistence/MappedSuperclass.java",
                "com/acme/Named.java", "com/acme/Address.java", "com/acme/Owner.java", "com/acme/Legacy.java"));

        assertThat(compilation.json("com.acme.Owner")).contains("\"kind\":\"table\"", "\"doc\":\"Someone who owns pets.\"");
        assertThat(compilation.json("com.acme.Named")).contains("{\"name\":\"name\",\"line\":6,\"column\":5,"
                + "\"doc\":\"What people call it.\"}");
        assertThat(compilation.json("com.acme.Address")).contains("\"doc\":\"Where mail goes.\"",
                "\"doc\":\"Street and number.\"");
        assertThat(compilation.json("com.acme.Legacy")).contains("\"doc\":\"Still on javax.\"");
    }

    private static void assertCompiles(Compilation.Result result) {
        assertThat(result.success).as(result.toString()).isTrue();
        assertThat(result.messages(Diagnostic.Kind.WARNING)).isEmpty();
        assertThat(result.messages(Diagnostic.Kind.MANDATORY_WARNING)).isEmpty();
    }
}
