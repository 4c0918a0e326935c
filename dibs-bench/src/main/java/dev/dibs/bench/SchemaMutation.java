package dev.dibs.bench;

/**
 * The reference side of the database-to-database plan: the {@link GeneratedSchema} tables changed in a
 * deterministic way, about 640 changes at 1,000 tables. By table number modulo 10 (or 20): a column added (1),
 * a column dropped (2), a column retyped (3), an index added (4), NOT NULL set (5), an index dropped (6 mod 20),
 * a default changed (7 mod 20); and 20 new tables, each with an identity key and a foreign key into the old ones.
 */
final class SchemaMutation {

    static final int NEW_TABLES = 20;

    private SchemaMutation() {
    }

    /** The number of changes {@link #sql} makes to {@code n} tables (a new table and its foreign key count as two). */
    static int changes(int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            int m = i % 10;
            if (m >= 1 && m <= 5 || i % 20 == 6 || i % 20 == 7) {
                count++;
            }
        }
        return count + 2 * NEW_TABLES;
    }

    /** The statements that turn the generated {@code n} tables into the reference. */
    static String sql(int n) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String t = GeneratedSchema.table(i);
            switch (i % 10) {
                case 1 -> sql.append("ALTER TABLE ").append(t).append(" ADD COLUMN extra_").append(i).append(" integer;\n");
                case 2 -> sql.append("ALTER TABLE ").append(t).append(" DROP COLUMN payload;\n");
                case 3 -> sql.append("ALTER TABLE ").append(t).append(" ALTER COLUMN qty TYPE bigint;\n");
                case 4 -> sql.append("CREATE INDEX ").append(t).append("_qty_ix ON ").append(t).append(" (qty);\n");
                case 5 -> sql.append("ALTER TABLE ").append(t).append(" ALTER COLUMN note SET NOT NULL;\n");
                default -> { }
            }
            if (i % 20 == 6) {
                sql.append("DROP INDEX ").append(t).append("_name_ix;\n");
            } else if (i % 20 == 7) {
                sql.append("ALTER TABLE ").append(t).append(" ALTER COLUMN amount SET DEFAULT 1;\n");
            }
        }
        for (int k = 0; k < NEW_TABLES; k++) {
            String t = String.format("new_%02d", k);
            String target = GeneratedSchema.table(k * n / NEW_TABLES);
            sql.append("CREATE TABLE ").append(t).append(" (\n")
                    .append("  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n")
                    .append("  owner_id bigint NOT NULL,\n")
                    .append("  label text NOT NULL DEFAULT '',\n")
                    .append("  CONSTRAINT ").append(t).append("_owner_fk FOREIGN KEY (owner_id) REFERENCES ").append(target)
                    .append(" (id) ON DELETE CASCADE\n);\n");
        }
        return sql.toString();
    }
}
