package com.acme;

import dev.dibs.DibsMigration;
import dev.dibs.Migration;
import dev.dibs.MigrationContext;

@Migration("001_accounts")
public final class CreateAccounts implements DibsMigration {
    @Override
    public void migrate(MigrationContext ctx) throws Exception {
        ctx.execute("CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL)");
        ctx.log("created accounts for " + ctx.tenant().orElse("the database"));
    }
}
