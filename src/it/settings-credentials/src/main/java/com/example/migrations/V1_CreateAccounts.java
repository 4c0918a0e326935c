package com.example.migrations;

import dev.dibs.DibsMigration;
import dev.dibs.Migration;
import dev.dibs.MigrationContext;

@Migration("20261126000000_create_accounts")
public final class V1_CreateAccounts implements DibsMigration {
    @Override
    public void migrate(MigrationContext ctx) throws Exception {
        ctx.execute("""
                CREATE TABLE public.accounts (
                    id bigint NOT NULL,
                    email text NOT NULL,
                    CONSTRAINT accounts_pkey PRIMARY KEY (id),
                    CONSTRAINT accounts_email_key UNIQUE (email)
                )
                """);
    }
}
