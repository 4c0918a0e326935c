package dev.dibs.engine.load.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JpaName#sqlName()} is the name PostgreSQL stores for the identifier as Hibernate writes it
 * (quoted names in double quotes, the others bare): PostgreSQL itself is asked, through the label it
 * gives {@code SELECT 1 AS <name>}.
 */
@WithPostgres
class JpaNameSqlNameTest {

    private static final String LETTERS = "aAbBqQzZ09_$éÉßΣσİıÄ中";

    @Test
    void sqlNamesAreWhatPostgresStores(TestDatabase db) throws Exception {
        List<JpaName> names = new ArrayList<>();
        for (String written : List.of("OwnerAddress", "owner_address", "`MixedCase`", "\"Dq\"", "my-table", "ÄpfelBaum",
                "straßeNAME", "ΣίσυφοςΑΒ", "İstanbul", "x$Y", "`with \"quote\"`", "`a b`",
                "aVeryLongAttributeNameThatGoesOnAndOnBeyondTheSixtyThreeBytesPostgresKeepsForIt",
                "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉx", "`ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉx`",
                "a中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中")) {
            names.add(JpaName.written(written));
        }
        Random random = new Random(19);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder("n");
            int length = random.nextInt(70);
            for (int j = 0; j < length; j++) {
                sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            names.add(new JpaName(sb.toString(), random.nextBoolean()));
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (JpaName name : names) {
                String sql = "SELECT 1 AS " + (name.quoted() ? "\"" + name.text().replace("\"", "\"\"") + "\"" : name.text());
                try (ResultSet rs = s.executeQuery(sql)) {
                    assertThat(name.sqlName()).as(sql).isEqualTo(rs.getMetaData().getColumnLabel(1));
                }
            }
        }
    }
}
