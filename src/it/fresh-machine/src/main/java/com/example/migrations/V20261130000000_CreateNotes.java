package com.example.migrations;

import dev.dibs.DibsMigration;
import dev.dibs.Migration;
import dev.dibs.MigrationContext;

@Migration("20261130000000_create_notes")
public final class V20261130000000_CreateNotes implements DibsMigration {
    @Override
    public void migrate(MigrationContext ctx) throws Exception {
        ctx.execute("CREATE TABLE public.notes (id bigint NOT NULL, body text NOT NULL, CONSTRAINT notes_pkey PRIMARY KEY (id))");
        ctx.execute("COMMENT ON TABLE public.notes IS 'A note.'");
    }
}
