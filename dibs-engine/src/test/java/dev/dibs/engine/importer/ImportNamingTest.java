package dev.dibs.engine.importer;

import static dev.dibs.engine.importer.ImportRoundTripTest.assertRoundTrip;
import static dev.dibs.engine.importer.ImportRoundTripTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL names that make poor or impossible Java names still import to records that compile and load back the same. */
@WithPostgres
class ImportNamingTest {

    @TempDir
    Path dir;

    @Test
    void reservedWordsNonIdentifiersAndMixedCase(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE TABLE "class" ("default" integer PRIMARY KEY, "new" text, "hashCode" integer, "Order Lines" text,
                    "1st" integer, "a-b" integer, "aB" integer, a_b integer, "größe" text, "OrderId" integer, line_1 integer,
                    "we""ird" integer, "has.dot" integer, " padded " integer);
                CREATE INDEX ON "class" ("a-b", "we""ird") INCLUDE ("has.dot");
                CREATE TABLE "Mixed Case" ("Id" integer PRIMARY KEY, "class_default" integer REFERENCES "class" ("default"),
                    "has.dot" integer, UNIQUE ("has.dot"));
                CREATE TABLE categories (id integer PRIMARY KEY, "Mixed" integer REFERENCES "Mixed Case" ("Id"));
                COMMENT ON COLUMN "class"."default" IS 'the key of a table named like a keyword';
                """);

        RoundTrip.Result result = assertRoundTrip(RoundTrip.run(db.info(), List.of("public"), server, dir));

        String cls = file(result, "ClassRow");
        assertThat(cls).contains("@Table(\"class\")")
                .contains("@param default_ the key of a table named like a keyword")
                .contains("@Pk @Column(name = \"default\") int default_,")
                .contains("@Column(name = \"new\") @Nullable String new_,")
                .contains("@Column(name = \"hashCode\") @Nullable Integer hashCode_,")
                .contains("@Column(name = \"1st\") @Nullable Integer c1st,")
                .contains("@Nullable String größe,")
                .contains("@Column(name = \"line_1\") @Nullable Integer line1,")
                .contains("@Index(columns = \"\\\"a-b\\\", \\\"we\\\"\\\"ird\\\"\", include = \"\\\"has.dot\\\"\")");
        assertThat(file(result, "MixedCase")).contains("@Table(\"Mixed Case\")")
                .contains("@Pk @Column(name = \"Id\") int id,");
        assertThat(file(result, "Category")).contains("@Table(\"categories\")");
    }

    @Test
    void collidingClassNamesGetNamesOfTheirOwn(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE SCHEMA sales;
                CREATE TYPE "order" AS ENUM ('open', 'closed');
                CREATE TABLE orders (id integer PRIMARY KEY, state "order");
                CREATE TABLE "ORDERS" (id integer PRIMARY KEY);
                CREATE TABLE sales.orders (id integer PRIMARY KEY, local integer REFERENCES public.orders (id));
                CREATE TABLE indexes (id integer PRIMARY KEY);
                CREATE TABLE strings (id integer PRIMARY KEY, s text);
                """);

        RoundTrip.Result result = assertRoundTrip(RoundTrip.run(db.info(), List.of("public", "sales"), server, dir));

        assertThat(result.files()).extracting(ImportedFile::path).map(p -> p.substring(p.lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("Order.java", "Orders.java", "SalesOrder.java", "IndexRow.java",
                        "StringRow.java", "Order2.java");
        assertThat(file(result, "SalesOrder")).contains("@References(\"public.orders.id\") @Nullable Integer local");
        assertThat(file(result, "Order")).contains("@Nullable Order2 state");
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("table public.ORDERS is written as Orders"))
                .anyMatch(w -> w.startsWith("enum type public.order is written as Order2"));
    }
}
