package dev.dibs.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.QualifiedName;
import org.junit.jupiter.api.Test;

/** The text of an expression after a domain's rename, as PostgreSQL would print it then. */
class DomainRenamesTest {

    private static final QualifiedName SCORE = new QualifiedName("public", "score");
    private static final QualifiedName RATING = new QualifiedName("public", "rating");

    @Test
    void aQualifiedReferenceToTheTypeNamesTheNewOne() {
        assertThat(DomainRenames.renamed("((cap)::public.score < (100)::public.score)", SCORE, RATING))
                .isEqualTo("((cap)::public.rating < (100)::public.rating)");
        assertThat(DomainRenames.renamed("public.score[]", SCORE, RATING)).isEqualTo("public.rating[]");
        assertThat(DomainRenames.renamed("(x)::public.\"score\"", SCORE, RATING)).isEqualTo("(x)::public.rating");
        assertThat(DomainRenames.renamed("(x)::public.score", SCORE, new QualifiedName("public", "Odd \"Name\"")))
                .isEqualTo("(x)::public.\"Odd \"\"Name\"\"\"");
    }

    @Test
    void aStringACallAnotherSchemaOrALongerNameIsLeftAlone() {
        String text = "'public.score' || public.score(x) || (x)::app.score || a.public.score || public.score.field || (x)::public.scores";
        assertThat(DomainRenames.renamed(text, SCORE, RATING)).isSameAs(text);
        assertThat(DomainRenames.renamed((String) null, SCORE, RATING)).isNull();
    }

    @Test
    void aQuotedNameIsMatchedExactly() {
        QualifiedName odd = new QualifiedName("public", "Score");
        assertThat(DomainRenames.renamed("(x)::public.\"Score\" + (y)::public.score", odd, RATING))
                .isEqualTo("(x)::public.rating + (y)::public.score");
    }

    @Test
    void aFunctionsCallsAreRenamedNotACastToATypeOfItsNameNorItsStrings() {
        QualifiedName slug = new QualifiedName("public", "slug");
        QualifiedName make = new QualifiedName("public", "make_slug");
        String text = "(public.slug(p) = p) AND ((p)::public.slug <> '\\'::text) AND (public.slug (q) <> 'public.slug(x)')";
        assertThat(SchemaTexts.renamed(text, slug, make, true))
                .isEqualTo("(public.make_slug(p) = p) AND ((p)::public.slug <> '\\'::text) AND (public.make_slug (q) <> 'public.slug(x)')");
    }

    @Test
    void aDefinitionsHeaderIsRenamedNotItsDollarQuotedBody() {
        String definition = "CREATE OR REPLACE FUNCTION public.slug(t text)\n RETURNS text\n LANGUAGE plpgsql\n"
                + "AS $function$ BEGIN RETURN public.slug(t); END $function$";
        assertThat(SchemaTexts.renamed(definition, new QualifiedName("public", "slug"), new QualifiedName("public", "make_slug"), true))
                .isEqualTo(definition.replaceFirst("public.slug\\(t text\\)", "public.make_slug(t text)"));
    }

    @Test
    void aStandardStringEndsAtItsQuoteEvenAfterABackslash() {
        String text = "((p <> '\\'::text) AND ((p)::public.score > 0))";
        assertThat(DomainRenames.renamed(text, SCORE, RATING)).isEqualTo("((p <> '\\'::text) AND ((p)::public.rating > 0))");
        String escaped = "(E'\\' public.score' || (p)::public.score)";
        assertThat(DomainRenames.renamed(escaped, SCORE, RATING)).isEqualTo("(E'\\' public.score' || (p)::public.rating)");
    }
}
