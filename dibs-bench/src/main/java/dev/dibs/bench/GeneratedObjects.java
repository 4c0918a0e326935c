package dev.dibs.bench;

/**
 * What the benchmark schema holds besides tables, in proportion to its {@code n} tables, so that the
 * inspector's catalog queries of those kinds read real rows: the extension {@code citext} (its type
 * used by {@link #noteType}), {@code n / 50} domains with a named check (used by {@link #codeType}),
 * {@code n / 10} standalone sequences, {@code n / 10} trigger functions in PL/pgSQL, {@code n / 5} SQL
 * functions and {@code n / 100} procedures (three hundred-odd routines at 1,000 tables), and a trigger
 * on every third table.
 */
final class GeneratedObjects {

    private GeneratedObjects() {
    }

    static int domains(int n) {
        return Math.max(1, n / 50);
    }

    static int sequences(int n) {
        return Math.max(1, n / 10);
    }

    static int triggerFunctions(int n) {
        return Math.max(1, n / 10);
    }

    static int sqlFunctions(int n) {
        return Math.max(1, n / 5);
    }

    static int procedures(int n) {
        return Math.max(1, n / 100);
    }

    /** Routines of every kind: the trigger functions, the SQL functions and the procedures. */
    static int routines(int n) {
        return triggerFunctions(n) + sqlFunctions(n) + procedures(n);
    }

    /** Whether table {@code i} has a trigger: every third one. */
    static boolean hasTrigger(int i) {
        return i % 3 == 0;
    }

    static int triggers(int n) {
        return (n + 2) / 3;
    }

    /** The type of table {@code i}'s {@code code} column: a domain for every other table. */
    static String codeType(int i, int n) {
        return i % 2 == 0 ? String.format("code_d%03d", i / 2 % domains(n)) : "varchar(40)";
    }

    /** The type of table {@code i}'s {@code note} column: the extension's {@code citext} for every tenth table. */
    static String noteType(int i) {
        return i % 10 == 0 ? "citext" : "text";
    }

    /** The extension, the domains, the sequences and the routines: all that the tables or triggers use. */
    static String beforeTables(int n) {
        StringBuilder sql = new StringBuilder("CREATE EXTENSION citext;\n");
        for (int k = 0; k < domains(n); k++) {
            String d = String.format("code_d%03d", k);
            sql.append("CREATE DOMAIN ").append(d).append(" AS varchar(40) CONSTRAINT ").append(d)
                    .append("_not_blank CHECK (VALUE <> '');\n");
        }
        for (int k = 0; k < sequences(n); k++) {
            sql.append(String.format("CREATE SEQUENCE s%04d AS bigint INCREMENT BY %d MINVALUE 1 START WITH %d CACHE %d%s;%n",
                    k, 1 + k % 5, 100 + k, 1 + k % 20, k % 7 == 0 ? " CYCLE" : ""));
        }
        for (int k = 0; k < triggerFunctions(n); k++) {
            sql.append(String.format("CREATE FUNCTION tf%04d() RETURNS trigger LANGUAGE plpgsql AS $$%n"
                    + "BEGIN%n  NEW.qty := greatest(NEW.qty, %d);%n  NEW.note := coalesce(NEW.note, TG_TABLE_NAME);%n"
                    + "  RETURN NEW;%nEND%n$$;%n", k, k % 3));
        }
        for (int k = 0; k < sqlFunctions(n); k++) {
            sql.append(String.format("CREATE FUNCTION f%04d(a integer, b numeric DEFAULT %d) RETURNS numeric"
                    + " LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT a * b + %d $$;%n", k, 1 + k % 4, k));
        }
        for (int k = 0; k < procedures(n); k++) {
            sql.append(String.format("CREATE PROCEDURE p%04d(IN amount numeric) LANGUAGE plpgsql SECURITY DEFINER"
                    + " SET search_path = public AS $$%nBEGIN%n  RAISE NOTICE 'amount %%', amount;%nEND%n$$;%n", k));
        }
        return sql.toString();
    }

    /** Table {@code i}'s trigger (none for two tables in three); half of them fire only WHEN a condition holds. */
    static String trigger(int i, int n) {
        if (!hasTrigger(i)) {
            return "";
        }
        String t = GeneratedSchema.table(i);
        String when = i % 2 == 0 ? " WHEN (NEW.qty IS DISTINCT FROM 0)" : "";
        return String.format("CREATE TRIGGER %s_touch BEFORE INSERT OR UPDATE ON %s FOR EACH ROW%s EXECUTE FUNCTION tf%04d();%n",
                t, t, when, i / 3 % triggerFunctions(n));
    }
}
