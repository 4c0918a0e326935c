package dev.dibs.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Turns a {@link GeneratedSchema} database into "the same with changes", the reference of a
 * database-to-database plan: of each ten tables, one gains a column, one loses one, one has a
 * column retyped, one gains an index, one has a column made NOT NULL and one gains a check (about
 * 600 changes at 1,000 tables), and {@code n / 50} new tables refer to the old ones.
 */
final class ChangedCopy {

    private ChangedCopy() {
    }

    /** Changes the database behind {@code c}, created with {@code n} tables; returns the number of statements run. */
    static int change(Connection c, int n) throws SQLException {
        StringBuilder sql = new StringBuilder();
        int statements = 0;
        for (int i = 0; i < n; i++) {
            String t = GeneratedSchema.table(i);
            String change = switch (i % 10) {
                case 0 -> "ALTER TABLE " + t + " ADD COLUMN extra text";
                case 1 -> "ALTER TABLE " + t + " DROP COLUMN payload";
                case 2 -> "ALTER TABLE " + t + " ALTER COLUMN amount TYPE numeric(14,2)";
                case 3 -> "CREATE INDEX " + t + "_qty_ix ON " + t + " (qty)";
                case 4 -> "ALTER TABLE " + t + " ALTER COLUMN ref_id SET NOT NULL";
                case 5 -> "ALTER TABLE " + t + " ADD CONSTRAINT " + t + "_amount_ck CHECK (amount >= 0)";
                default -> null;
            };
            if (change != null) {
                sql.append(change).append(";\n");
                statements++;
            }
        }
        for (int k = 0; k < n / 50; k++) {
            String t = String.format("n%05d", k);
            sql.append("CREATE TABLE ").append(t).append(" (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, t_id bigint NOT NULL")
                    .append(" REFERENCES ").append(GeneratedSchema.table(k)).append(" (id), label text);\n")
                    .append("CREATE INDEX ").append(t).append("_t_ix ON ").append(t).append(" (t_id);\n");
            statements += 2;
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute(sql.toString());
            c.commit();
            s.execute("ANALYZE");
        } finally {
            c.setAutoCommit(true);
        }
        return statements;
    }
}
