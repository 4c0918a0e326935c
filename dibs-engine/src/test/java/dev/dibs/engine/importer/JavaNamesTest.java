package dev.dibs.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Java names from SQL names: what a person would choose, never what javac refuses. */
class JavaNamesTest {

    @Test
    void tablesBecomeSingularClasses() {
        assertThat(JavaNames.typeName("order_lines", true)).isEqualTo("OrderLine");
        assertThat(JavaNames.typeName("categories", true)).isEqualTo("Category");
        assertThat(JavaNames.typeName("addresses", true)).isEqualTo("Address");
        assertThat(JavaNames.typeName("boxes", true)).isEqualTo("Box");
        assertThat(JavaNames.typeName("status", true)).isEqualTo("Status");
        assertThat(JavaNames.typeName("analysis", true)).isEqualTo("Analysis");
        assertThat(JavaNames.typeName("Mixed Case", true)).isEqualTo("MixedCase");
        assertThat(JavaNames.typeName("order_status", false)).isEqualTo("OrderStatus");
    }

    @Test
    void classNamesNeverHideATypeTheSourcesUse() {
        assertThat(JavaNames.typeName("indexes", true)).isEqualTo("IndexRow");
        assertThat(JavaNames.typeName("class", true)).isEqualTo("ClassRow");
        assertThat(JavaNames.typeName("instant", false)).isEqualTo("InstantType");
        assertThat(JavaNames.typeName("2024_sales", true)).isEqualTo("T2024Sale");
    }

    @Test
    void membersAreCamelCaseIdentifiers() {
        assertThat(JavaNames.memberName("order_id")).isEqualTo("orderId");
        assertThat(JavaNames.memberName("OrderId")).isEqualTo("orderId");
        assertThat(JavaNames.memberName("default")).isEqualTo("default_");
        assertThat(JavaNames.memberName("hashCode")).isEqualTo("hashCode_");
        assertThat(JavaNames.memberName("1st")).isEqualTo("c1st");
        assertThat(JavaNames.memberName("a-b")).isEqualTo("aB");
        assertThat(JavaNames.memberName("größe")).isEqualTo("größe");
    }

    @Test
    void mapsBackSaysWhetherTheLoaderGivesTheSqlName() {
        assertThat(JavaNames.mapsBack("orderId", "order_id")).isTrue();
        assertThat(JavaNames.mapsBack("orderId", "OrderId")).isFalse();
        assertThat(JavaNames.mapsBack("line1", "line_1")).isFalse();
        assertThat(JavaNames.mapsBack("default_", "default")).isFalse();
    }

    @Test
    void identifiersAndKeywords() {
        assertThat(JavaNames.isIdentifier("PENDING")).isTrue();
        assertThat(JavaNames.isIdentifier("new")).isFalse();
        assertThat(JavaNames.isIdentifier("in progress")).isFalse();
        assertThat(JavaNames.isIdentifier("_")).isFalse();
        assertThat(JavaNames.isIdentifier("")).isFalse();
    }
}
