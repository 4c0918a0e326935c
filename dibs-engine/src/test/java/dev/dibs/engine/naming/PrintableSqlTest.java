package dev.dibs.engine.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import org.junit.jupiter.api.Test;

/**
 * SQL shown on a console writes a quoted name that does not print as PostgreSQL's Unicode-escaped
 * name: one line, and still the same object (run here against a real server).
 */
@WithPostgres
class PrintableSqlTest {

    /** A name a database may hold: a line feed, a backslash, a doubled quote, an escape character, a right-to-left override. */
    private static final String ODD = "d\n[INFO] BUILD SUCCESS \\ \"\"q\"\" \u001b[2K \u202e";

    @Test
    void aNameThatDoesNotPrintIsShownUnicodeEscapedAndNamesTheSameTable(TestDatabase db) throws Exception {
        String create = "CREATE TABLE public.\"" + ODD + "\" (\"ok \"\"x\"\"\" integer)";
        db.execute(create);
        String shown = Printable.sql("INSERT INTO public.\"" + ODD + "\" (\"ok \"\"x\"\"\")\nVALUES (1)");
        assertThat(shown).isEqualTo("INSERT INTO public.U&\"d\\000a[INFO] BUILD SUCCESS \\\\ \"\"q\"\" \\001b[2K \\202e\""
                + " (\"ok \"\"x\"\"\")\nVALUES (1)"); // the printable name and the line break outside names kept
        assertThat(Printable.escape(shown.replace("\n", " "))).isEqualTo(shown.replace("\n", " "));
        db.execute(shown); // PostgreSQL reads it as the same table
        assertThat(db.queryStrings("SELECT count(*)::text FROM public.\"" + ODD + "\"")).containsExactly("1");
    }

    @Test
    void sqlWithNothingOddIsReturnedAsItIs() {
        String plain = "CREATE TABLE \"Users\" (\n  id bigint,\n  note text DEFAULT 'a\nb'\n)";
        assertThat(Printable.sql(plain)).isSameAs(plain);
        String function = "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$\nSELECT 1\n$$";
        assertThat(Printable.sql(function)).isSameAs(function);
        assertThat(Printable.sql(null)).isNull();
    }
}
