package com.example;

import dev.dibs.DibsMigration;
import dev.dibs.Migration;
import dev.dibs.MigrationContext;

/** Commits half of itself, which a transactional migration must not do. */
@Migration("001_half_committed")
public final class HalfCommitted implements DibsMigration {
    @Override
    public void migrate(MigrationContext ctx) throws Exception {
        ctx.execute("CREATE TABLE first_half (id int)");
        ctx.execute("COMMIT");
        ctx.execute("CREATE TABLE second_half (id int)");
    }
}
