package dev.dibs.engine.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** A shop schema that uses every annotation of PRODUCT.md, as real Java sources. */
final class FixtureSources {

    private FixtureSources() {
    }

    static final String ORG = """
            package com.acme.shop;

            import dev.dibs.*;

            /** An organisation. */
            @Table("orgs")
            public record Org(@Pk @Identity long id, @Unique String name) {}
            """;

    static final String USER = """
            package com.acme.shop;

            import dev.dibs.*;
            import java.time.Instant;

            /**
             * A person who can sign in.
             * Signs in with {@code email}.
             *
             * @param id the key
             * @param email where we send mail,
             *     verified on sign-up
             * @param displayName what others see
             */
            @Table("users")
            @Index(columns = "last_name, first_name")
            @Check(name = "users_age_ck", value = "age >= 0")
            public record User(
                @Pk @Identity long id,
                @Unique String email,
                @Nullable String bio,
                @Column(type = "varchar(80)") String lastName,
                String firstName,
                int age,
                @Default("now()") Instant createdAt,
                @References(value = "orgs.id", onDelete = Action.CASCADE) long orgId,
                @RenamedFrom("nickname") @Nullable String displayName,
                Mood mood,
                @org.jspecify.annotations.Nullable String middleName,
                java.util.Optional<Integer> height) {}
            """;

    static final String MOOD = """
            package com.acme.shop;

            /** How a user feels. */
            public enum Mood { HAPPY, SAD }
            """;

    static final String ORDER_STATUS = """
            package com.acme.shop.sales;

            import dev.dibs.*;

            /** Where an order is in its life. */
            @PgEnum("order_state")
            public enum OrderStatus {
                NEW,
                @RenamedFrom("SENT") SHIPPED,
                DONE
            }
            """;

    static final String ORDER = """
            package com.acme.shop.sales;

            import dev.dibs.*;
            import java.math.BigDecimal;
            import java.time.OffsetDateTime;
            import java.util.List;
            import java.util.Optional;
            import java.util.UUID;

            /** An order placed by a user. */
            @Table(value = "orders", schema = "sales")
            @UniqueConstraint(columns = "user_id, number")
            @Index(columns = "(lower(note)) DESC NULLS LAST", where = "note IS NOT NULL", name = "orders_note_lower")
            @Index(columns = "placedAt", using = "BRIN")
            @Check("total >= 0")
            @RenamedFrom("purchases")
            public class Order {
                /** The order's id. */
                @Pk UUID id;
                @References("public.users.id") long userId;
                int number;
                /** Shown on the invoice. */
                @Column(name = "DisplayLabel") @Nullable String label;
                BigDecimal total;
                Optional<String> note;
                List<String> tags;
                @GeneratedAs("total * 2") BigDecimal doubled;
                OrderStatus status;
                @Index(unique = true) @Column(type = "timestamptz(3)") OffsetDateTime placedAt;
                static int ignoredStatic;
                transient String ignoredTransient;
            }
            """;

    static final String ORDER_LINE = """
            package com.acme.shop.sales;

            import dev.dibs.*;
            import java.time.*;

            @Table(value = "order_lines", schema = "sales")
            @ForeignKey(columns = "order_id", references = "orders(id)", onDelete = Action.CASCADE, name = "order_lines_order_fk")
            public record OrderLine(
                @Pk java.util.UUID orderId,
                @Pk int lineNo,
                short quantity,
                byte[] payload,
                int[] codes,
                double price,
                float weight,
                Boolean gift,
                LocalDate shipOn,
                LocalTime shipAt,
                LocalDateTime localStamp,
                Duration eta,
                List<OrderStatus> history) {}
            """.replace("import java.time.*;", "import java.time.*;\nimport java.util.List;");

    static final String SHIPMENT = """
            package com.acme.shop.sales;

            import dev.dibs.*;

            @Table(value = "shipments", schema = "sales")
            @ForeignKey(columns = "order_id, line_no", references = "order_lines(order_id, line_no)",
                        deferrable = Deferrable.DEFERRED, onUpdate = Action.RESTRICT)
            public record Shipment(@Pk @Identity int id, java.util.UUID orderId, int lineNo) {}
            """;

    static final String JSPECIFY_NULLABLE = """
            package org.jspecify.annotations;

            import java.lang.annotation.*;

            @Retention(RetentionPolicy.RUNTIME)
            @Target(ElementType.TYPE_USE)
            public @interface Nullable {}
            """;

    static Map<String, String> all() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("com/acme/shop/Org.java", ORG);
        sources.put("com/acme/shop/User.java", USER);
        sources.put("com/acme/shop/Mood.java", MOOD);
        sources.put("com/acme/shop/sales/OrderStatus.java", ORDER_STATUS);
        sources.put("com/acme/shop/sales/Order.java", ORDER);
        sources.put("com/acme/shop/sales/OrderLine.java", ORDER_LINE);
        sources.put("com/acme/shop/sales/Shipment.java", SHIPMENT);
        sources.put("org/jspecify/annotations/Nullable.java", JSPECIFY_NULLABLE);
        return sources;
    }

    /** 1-based line of the first line containing {@code snippet}. */
    static int lineOf(String source, String snippet) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(snippet)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(snippet);
    }

    /** 1-based column where {@code snippet} starts on its line. */
    static int columnOf(String source, String snippet) {
        for (String line : source.split("\n", -1)) {
            int at = line.indexOf(snippet);
            if (at >= 0) {
                return at + 1;
            }
        }
        throw new IllegalArgumentException(snippet);
    }
}
