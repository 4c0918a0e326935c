package dev.dibs.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.DibsException;
import java.sql.SQLException;
import org.apache.maven.exception.DefaultExceptionHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * What Maven itself prints of a goal's failure (its own exception handler, which adds the message
 * of every cause the text does not hold yet) has no raw control character, whatever a name in the
 * failure or in a cause from PostgreSQL holds; a failure whose texts print as they are keeps its
 * cause, so {@code mvn -e} still shows the whole chain.
 */
class FailuresTest {

    private static final String HOSTILE = "table \"x\r[INFO] BUILD SUCCESS\u001b[2K\" cannot be dropped";

    private static String asMavenPrintsIt(Exception e) {
        return new DefaultExceptionHandler().handleException(e).getMessage();
    }

    private static void assertPrintable(String printed) {
        assertThat(printed).doesNotContain("\r").doesNotContain("\u001b").contains("x\\r[INFO] BUILD SUCCESS\\u001b[2K");
    }

    @Test
    void aHostileNameInTheFailureOrInItsCauseIsEscapedInAllMavenPrints() {
        DibsException fromEngine = new DibsException("PostgreSQL refused it:\n  " + HOSTILE, new SQLException("ERROR: " + HOSTILE));
        MojoFailureException failure = Failures.failure(fromEngine.getMessage(), fromEngine);

        assertPrintable(asMavenPrintsIt(failure));
        assertThat(failure.getMessage()).startsWith("PostgreSQL refused it:\n  table");
        assertThat(failure.getCause()).isNull(); // its raw text would be printed again
        assertThat(failure.getStackTrace()).isEqualTo(fromEngine.getStackTrace()); // mvn -e still shows where

        // a printable failure whose cause alone holds the name
        DibsException plain = new DibsException("PostgreSQL refused the plan", new SQLException("ERROR: " + HOSTILE));
        assertThat(asMavenPrintsIt(Failures.failure(plain.getMessage(), plain))).contains("PostgreSQL refused the plan")
                .doesNotContain("\r").doesNotContain("\u001b");
    }

    @Test
    void failuresTheGoalsThrowThemselvesAreMadePrintableToo() {
        MojoExecutionException stale = new MojoExecutionException("classes in /work/x\u001b]0;title\u0007 are older than their sources");
        MojoExecutionException printed = Failures.printable(stale);
        assertThat(printed.getMessage()).isEqualTo("classes in /work/x\\u001b]0;title\\u0007 are older than their sources");
        assertThat(asMavenPrintsIt(printed)).doesNotContain("\u001b").doesNotContain("\u0007");

        MojoFailureException withCause = new MojoFailureException("could not connect: " + HOSTILE, new SQLException(HOSTILE));
        assertPrintable(asMavenPrintsIt(Failures.printable(withCause)));
    }

    /**
     * The driver's message has lines of its own ("ERROR: …\n  Detail: Key (email)=(…)"), quoting a
     * row: Maven would print it after the failure's text line by line as it is, so a cause of several
     * lines is not chained, however printable each line.
     */
    @Test
    void aCauseOfSeveralLinesIsNotPrintedAgainRaw() {
        SQLException driver = new SQLException("ERROR: could not create unique index \"u\"\n  Detail: Key (email)=(a\n"
                + "[INFO] BUILD SUCCESS) is duplicated.");
        DibsException fromEngine = new DibsException("Migration 1 failed\nPostgreSQL said: could not create unique index", driver);
        MojoFailureException failure = Failures.failure(fromEngine.getMessage(), fromEngine);
        assertThat(failure.getCause()).isNull();
        assertThat(asMavenPrintsIt(failure).lines()).noneMatch(line -> line.startsWith("[INFO]"));
    }

    @Test
    void aFailureThatPrintsAsItIsKeepsItsCause() {
        DibsException e = new DibsException("Could not write target/dibs/diff.json",
                new java.io.IOException("No space left on device"));
        MojoFailureException failure = Failures.failure(e.getMessage(), e);
        assertThat(failure.getCause()).isSameAs(e);
        assertThat(asMavenPrintsIt(failure)).contains("No space left on device");

        // the driver's message is in the failure's own text already, in dibs's words: not said twice
        DibsException applied = new DibsException("statement 5 of 8 failed\nPostgreSQL said: invalid input value for enum"
                + " status: \"active\"\nThe transaction was rolled back.",
                new SQLException("ERROR: invalid input value for enum status: \"active\""));
        String printed = asMavenPrintsIt(Failures.failure(applied.getMessage(), applied));
        assertThat(printed).contains("PostgreSQL said: invalid input value").doesNotContain("ERROR: invalid input value");

        MojoFailureException own = new MojoFailureException("allowHazards names an unknown hazard");
        assertThat(Failures.printable(own)).isSameAs(own);
    }
}
