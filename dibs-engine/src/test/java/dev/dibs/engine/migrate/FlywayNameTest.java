package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.flywaydb.core.api.configuration.ClassicConfiguration;
import org.flywaydb.core.internal.resource.ResourceName;
import org.flywaydb.core.internal.resource.ResourceNameParser;
import org.junit.jupiter.api.Test;

/** dibs reads a migration's name as Flyway 13 does: checked against flyway-core's own parser. */
class FlywayNameTest {

    private static final ResourceNameParser FLYWAY = new ResourceNameParser(new ClassicConfiguration());

    @Test
    void versionAndDescriptionAreFlywaysOwn() throws Exception {
        for (String file : new String[] {"V1__init.sql", "V1_1__add_orders.sql", "V1.2.3__x.sql", "V01__leading_zero.sql",
                "V2__two__underscores.sql", "V3___leading_underscore.sql", "V20261125120000__timestamp.sql", "V4__ünïcode_naming.sql"}) {
            ResourceName theirs = FLYWAY.parse(file);
            assertThat(theirs.isValid()).as(file).isTrue();
            FlywayName ours = FlywayName.parse(file);
            assertThat(ours.version()).as(file).isEqualTo(theirs.getVersion().getVersion());
            assertThat(ours.description()).as(file).isEqualTo(theirs.getDescription());
            assertThat(ours.id()).isEqualTo("V" + theirs.getVersion().getVersion());
        }
    }

    @Test
    void namesThatAreNoVersionedMigrationAreWrongWithTheReason() {
        assertThat(wrong("V1_add.sql").getMessage()).contains("no \"__\"");
        assertThat(wrong("V1_add.sql").fix()).contains("V1__description.sql");
        assertThat(wrong("v1__x.sql").getMessage()).contains("not named like a Flyway versioned migration");
        assertThat(wrong("U1__undo.sql").getMessage()).contains("undo migration");
        assertThat(wrong("B1__baseline.sql").getMessage()).contains("baseline migration");
        assertThat(wrong("R__views.sql").getMessage()).contains("repeatable");
        assertThat(wrong("R__views.sql").fix()).contains("src/main/resources/dibs/");
        assertThat(wrong("V1a__x.sql").getMessage()).contains("the version \"1a\"");
        assertThat(wrong("V__x.sql").getMessage()).contains("the version \"\"");
        // Flyway does not take these as versioned migrations either
        for (String file : new String[] {"V1_add.sql", "v1__x.sql", "V1a__x.sql", "V__x.sql"}) {
            ResourceName theirs = FLYWAY.parse(file);
            assertThat(theirs.isValid() && theirs.getVersion() != null).as(file).isFalse();
        }
    }

    private static FlywayName.Wrong wrong(String file) {
        return catchThrowableOfType(FlywayName.Wrong.class, () -> FlywayName.parse(file));
    }
}
