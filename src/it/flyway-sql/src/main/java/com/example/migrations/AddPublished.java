package com.example.migrations;

import dev.dibs.DibsMigration;
import dev.dibs.Migration;
import dev.dibs.MigrationContext;

/** The first migration written for dibs: version 3, between the Flyway files V2 and V4. */
@Migration("3_add_published")
public final class AddPublished implements DibsMigration {
    @Override
    public void migrate(MigrationContext ctx) throws Exception {
        ctx.execute("ALTER TABLE books ADD COLUMN published date");
    }
}
