package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidationExceptionTest {

    /** Annotation text and names reach the build log through this message: they cannot start a line of their own. */
    @Test
    void eachProblemIsOneLineWhateverItsTextHolds() {
        SchemaValidationException e = new SchemaValidationException(List.of(
                new Problem("e.Order @Check(\"x\n[INFO] BUILD SUCCESS\")", "refused\u001b[2K", "write one expression."),
                new Problem("e.Other", "second", "")));

        assertThat(e.getMessage().lines()).hasSize(3);
        assertThat(e.getMessage()).doesNotContain("\u001b").contains("x\\n[INFO] BUILD SUCCESS").contains("refused\\u001b[2K")
                .contains("2. e.Other: second");
    }
}
