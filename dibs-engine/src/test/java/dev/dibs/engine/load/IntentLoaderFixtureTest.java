package dev.dibs.engine.load;

import static dev.dibs.engine.load.FixtureSources.columnOf;
import static dev.dibs.engine.load.FixtureSources.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.ReferentialAction;
import dev.dibs.engine.model.SourceLocation;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.testing.JavaSources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture schema that uses every annotation loads into exactly the model spelled out here. */
class IntentLoaderFixtureTest {

    /** The fixture declares tables in sales too, which must therefore be managed. */
    static final List<String> SCHEMAS = List.of("public", "sales");
    static List<Path> classpath;
    static LoadedSchema loaded;

    @BeforeAll
    static void load(@TempDir Path dir) {
        classpath = JavaSources.compile(dir, FixtureSources.all());
        loaded = IntentLoader.builder().classpath(classpath).packages(List.of("com.acme")).schemas(SCHEMAS).load();
    }

    @Test
    void sameSchemaWithoutDibsApiOnTheScanPathOrWithoutPackageFilter() {
        // Without the annotation classes ClassGraph keeps repeated annotations in their containers
        // and knows no defaults; the loader must not depend on either.
        LoadedSchema bare = IntentLoader.builder().classpath(List.of(classpath.get(0))).schemas(SCHEMAS).load();
        assertThat(bare.schema()).isEqualTo(loaded.schema());
        LoadedSchema unfiltered = IntentLoader.builder().classpath(classpath).schemas(SCHEMAS).load();
        assertThat(unfiltered.schema()).isEqualTo(loaded.schema());
        assertThat(unfiltered.renames()).isEqualTo(loaded.renames());
    }

    private static Table table(String schema, String name) {
        return loaded.schema().table(new QualifiedName(schema, name)).orElseThrow();
    }

    private static PgType t(String sql) {
        return PgType.parse(sql);
    }

    @Test
    void findsEveryTableAndSchema() {
        assertThat(loaded.schema().tables()).extracting(tb -> tb.name().toString())
                .containsExactly("public.orgs", "public.users", "sales.order_lines", "sales.orders", "sales.shipments");
        assertThat(loaded.schema().namespaces()).containsExactly("public", "sales");
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void usersTableAsInProductMd() {
        Table users = table("public", "users");
        assertThat(users.columns()).containsExactly(
                new Column("id", t("bigint"), false, null, Identity.BY_DEFAULT, null, "the key"),
                new Column("email", t("text"), false, null, Identity.NONE, null, "where we send mail,\nverified on sign-up"),
                new Column("bio", t("text"), true, null, Identity.NONE, null, null),
                new Column("last_name", t("character varying(80)"), false, null, Identity.NONE, null, null),
                new Column("first_name", t("text"), false, null, Identity.NONE, null, null),
                new Column("age", t("integer"), false, null, Identity.NONE, null, null),
                new Column("created_at", t("timestamp with time zone"), false, "now()", Identity.NONE, null, null),
                new Column("org_id", t("bigint"), false, null, Identity.NONE, null, null),
                new Column("display_name", t("text"), true, null, Identity.NONE, null, "what others see"),
                new Column("mood", PgType.user("public", "mood"), false, null, Identity.NONE, null, null),
                new Column("middle_name", t("text"), true, null, Identity.NONE, null, null),
                new Column("height", t("integer"), true, null, Identity.NONE, null, null));
        assertThat(users.primaryKey()).isEqualTo(new PrimaryKey("users_pkey", List.of("id")));
        assertThat(users.uniques()).containsExactly(new UniqueConstraint("users_email_key", List.of("email")));
        assertThat(users.indexes()).containsExactly(new Index("users_last_name_first_name_idx",
                List.of(IndexKey.column("last_name"), IndexKey.column("first_name")), false, null, "btree", List.of()));
        assertThat(users.checks()).containsExactly(new Check("users_age_ck", "age >= 0"));
        assertThat(users.foreignKeys()).containsExactly(new ForeignKey("users_org_id_fkey", List.of("org_id"),
                new QualifiedName("public", "orgs"), List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION,
                Deferrability.NOT_DEFERRABLE));
        assertThat(users.comment()).isEqualTo("A person who can sign in.\nSigns in with email.");
    }

    @Test
    void plainClassInAnotherSchema() {
        Table orders = table("sales", "orders");
        assertThat(orders.columns()).extracting(Column::name).containsExactly(
                "id", "user_id", "number", "DisplayLabel", "total", "note", "tags", "doubled", "status", "placed_at");
        assertThat(orders.columns()).extracting(Column::type).containsExactly(
                t("uuid"), t("bigint"), t("integer"), t("text"), t("numeric"), t("text"), t("text[]"), t("numeric"),
                PgType.user("sales", "order_state"), t("timestamp(3) with time zone"));
        assertThat(orders.columns()).extracting(Column::nullable).containsExactly(
                false, false, false, true, false, true, false, false, false, false);
        assertThat(orders.column("doubled").orElseThrow().generatedExpression()).isEqualTo("total * 2");
        assertThat(orders.column("id").orElseThrow().comment()).isEqualTo("The order's id.");
        assertThat(orders.column("DisplayLabel").orElseThrow().comment()).isEqualTo("Shown on the invoice.");
        assertThat(orders.primaryKey()).isEqualTo(new PrimaryKey("orders_pkey", List.of("id")));
        assertThat(orders.uniques()).containsExactly(new UniqueConstraint("orders_user_id_number_key", List.of("user_id", "number")));
        assertThat(orders.checks()).containsExactly(new Check("orders_total_check", "total >= 0"));
        assertThat(orders.indexes()).containsExactly(
                new Index("orders_note_lower", List.of(new IndexKey(null, "lower(note)", true, false)), false,
                        "note IS NOT NULL", "btree", List.of()),
                new Index("orders_placed_at_idx", List.of(IndexKey.column("placed_at")), false, null, "brin", List.of()),
                new Index("orders_placed_at_idx1", List.of(IndexKey.column("placed_at")), true, null, "btree", List.of()));
        assertThat(orders.foreignKeys()).containsExactly(new ForeignKey("orders_user_id_fkey", List.of("user_id"),
                new QualifiedName("public", "users"), List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION,
                Deferrability.NOT_DEFERRABLE));
        assertThat(orders.comment()).isEqualTo("An order placed by a user.");
    }

    @Test
    void compositeKeysAndEveryScalarType() {
        Table lines = table("sales", "order_lines");
        assertThat(lines.primaryKey()).isEqualTo(new PrimaryKey("order_lines_pkey", List.of("order_id", "line_no")));
        assertThat(lines.columns()).extracting(c -> c.name() + " " + c.type().sql() + (c.nullable() ? "" : " not null"))
                .containsExactly("order_id uuid not null", "line_no integer not null", "quantity smallint not null",
                        "payload bytea not null", "codes integer[] not null", "price double precision not null",
                        "weight real not null", "gift boolean not null", "ship_on date not null",
                        "ship_at time without time zone not null", "local_stamp timestamp without time zone not null",
                        "eta interval not null", "history sales.order_state[] not null");
        assertThat(lines.foreignKeys()).containsExactly(new ForeignKey("order_lines_order_fk", List.of("order_id"),
                new QualifiedName("sales", "orders"), List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION,
                Deferrability.NOT_DEFERRABLE));
        Table shipments = table("sales", "shipments");
        assertThat(shipments.foreignKeys()).containsExactly(new ForeignKey("shipments_order_id_line_no_fkey",
                List.of("order_id", "line_no"), new QualifiedName("sales", "order_lines"), List.of("order_id", "line_no"),
                ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT, Deferrability.INITIALLY_DEFERRED));
        assertThat(shipments.column("id").orElseThrow().type()).isEqualTo(t("int4"));
    }

    @Test
    void enumsWithSchemasLabelsAndComments() {
        // The processor records enums annotated @PgEnum; a plain enum's Javadoc is not captured.
        assertThat(loaded.schema().enums()).containsExactly(
                new EnumType(new QualifiedName("public", "mood"), List.of("HAPPY", "SAD"), null),
                new EnumType(new QualifiedName("sales", "order_state"), List.of("NEW", "SHIPPED", "DONE"),
                        "Where an order is in its life."));
    }

    @Test
    void renameHints() {
        RenameHints renames = loaded.renames();
        assertThat(renames.tableFrom(new QualifiedName("sales", "orders"))).contains("purchases");
        assertThat(renames.columnFrom(new QualifiedName("public", "users"), "display_name")).contains("nickname");
        assertThat(renames.enumLabelFrom(new QualifiedName("sales", "order_state"), "SHIPPED")).contains("SENT");
        assertThat(renames.tables()).hasSize(1);
        assertThat(renames.columns()).hasSize(1);
        assertThat(renames.enumLabels()).hasSize(1);
    }

    @Test
    void sourcePositionsOfTablesAndColumns() {
        Origins origins = loaded.origins();
        QualifiedName orders = new QualifiedName("sales", "orders");
        String order = FixtureSources.ORDER;
        assertThat(origins.table(orders).orElseThrow()).isEqualTo(new Origins.Origin("com.acme.shop.sales.Order",
                new SourceLocation("com/acme/shop/sales/Order.java", lineOf(order, "@Table(value = \"orders\""), 1)));
        assertThat(origins.column(orders, "user_id").orElseThrow()).isEqualTo(new Origins.Origin("com.acme.shop.sales.Order.userId",
                new SourceLocation("com/acme/shop/sales/Order.java", lineOf(order, "long userId"), columnOf(order, "@References"))));
        QualifiedName users = new QualifiedName("public", "users");
        SourceLocation email = origins.column(users, "email").orElseThrow().location();
        assertThat(email.file()).isEqualTo("com/acme/shop/User.java");
        assertThat(email.line()).isEqualTo(lineOf(FixtureSources.USER, "@Unique String email"));
        assertThat(origins.column(users, "display_name").orElseThrow().javaName()).isEqualTo("com.acme.shop.User.displayName");
    }
}
